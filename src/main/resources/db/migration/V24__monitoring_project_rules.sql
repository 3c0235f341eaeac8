-- Early warnings on the key projects (issue 8): a milestone overdue by more than threshold days
-- (milestone_overdue), or a year's investment behind its plan, pro rata, by more than threshold
-- points (investment_behind). One alert per milestone or project, closed when it is done or caught up.

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_kind_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_kind_check
    CHECK (kind IN ('threshold', 'trend', 'deviation', 'data_quality', 'project'));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap', 'below_pace', 'unreviewed_flags', 'milestone_overdue', 'investment_behind'));
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_project_check
    CHECK ((kind = 'project') = (comparator IN ('milestone_overdue', 'investment_behind')
        AND threshold IS NOT NULL AND expression IS NULL AND data_item IS NULL));

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, comparator, threshold,
     months, enabled)
VALUES
    ('project-milestone-overdue', 'gansu-13fyp-industry', 'project', 'warning',
     '重点项目里程碑逾期未完成', 'A key project''s milestone overdue', '620000', false,
     'milestone_overdue', 0, 1, true),
    ('project-investment-behind', 'gansu-13fyp-industry', 'project', 'warning',
     '重点项目年度投资完成进度落后计划20个百分点以上',
     'A key project''s investment this year more than 20 points behind its plan', '620000', false,
     'investment_behind', 20, 1, true)
ON CONFLICT DO NOTHING;

-- Early warnings (issue 7): a trend rule against the pace a growth target still needs (below_pace:
-- the target in target_code, no threshold; expression optional, the target's definition when
-- null), and a data-quality rule on values flagged for review left unreviewed more than threshold
-- days (unreviewed_flags, no data item).

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap', 'below_pace', 'unreviewed_flags'));
-- the unnamed table checks of V14: threshold and trend rules, then deviation rules
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_values_check
    CHECK ((kind IN ('threshold', 'trend')) = (
        (expression IS NOT NULL AND threshold IS NOT NULL AND comparator IN ('>', '>=', '<', '<='))
        OR (kind = 'trend' AND comparator = 'below_pace' AND target_code IS NOT NULL
            AND threshold IS NULL)));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_data_quality_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_data_quality_check
    CHECK ((kind = 'data_quality') = (comparator IN ('unreported', 'official_gap', 'unreviewed_flags')
        AND threshold IS NOT NULL AND expression IS NULL
        AND (data_item IS NOT NULL OR comparator = 'unreviewed_flags')));

-- the pace rule watches the province alone: it assesses the plan for each region it watches
INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, expression,
     target_code, data_item, comparator, threshold, months, enabled)
VALUES
    ('va-growth-below-pace', 'gansu-13fyp-industry', 'trend', 'warning',
     '全部工业增加值累计增速连续3个月低于完成目标所需增速',
     'Cumulative growth of value added below the pace its target needs for 3 consecutive months',
     '620000', false, NULL, 'T-2.3.1-01', NULL, 'below_pace', NULL, 3, true),
    ('flags-unreviewed', 'gansu-13fyp-industry', 'data_quality', 'warning',
     '标记待核数据超过7天未审核', 'Values flagged for review left unreviewed for more than 7 days',
     '620000', true, NULL, NULL, NULL, 'unreviewed_flags', 7, 1, true)
ON CONFLICT DO NOTHING;

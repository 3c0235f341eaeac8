-- Warnings on the SME service network's requests (issue 10, part 6): a request past its service
-- level (not acknowledged, or not resolved, by its deadline) by threshold working days or more
-- (sla_breached). One alert per request, in its enterprise's county, closed when it is resolved.

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_kind_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_kind_check
    CHECK (kind IN ('threshold', 'trend', 'deviation', 'data_quality', 'project', 'work_item',
        'sme_request'));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap', 'below_pace', 'unreviewed_flags', 'milestone_overdue', 'investment_behind',
        'due_soon', 'work_item_overdue', 'sla_breached'));
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_sme_request_check
    CHECK ((kind = 'sme_request') = (comparator = 'sla_breached'
        AND threshold IS NOT NULL AND expression IS NULL AND data_item IS NULL));

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, comparator, threshold,
     months, enabled)
VALUES
    ('sme-request-sla-breached', 'gansu-13fyp-industry', 'sme_request', 'warning',
     '中小企业服务请求超出服务时限', 'An SME service request past its service level', '620000', false,
     'sla_breached', 0, 1, true)
ON CONFLICT DO NOTHING;

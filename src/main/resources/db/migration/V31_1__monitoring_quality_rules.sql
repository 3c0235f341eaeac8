-- Quality safety warnings (质量安全预警, issue 12): a warning-rule kind 'quality' over the credit
-- module's inspection results of the last 12 months in the rule's region. category_failure_rate
-- fires for a product category (the GB/T 4754 class of the enterprises inspected; the rule's sector,
-- when given, narrows it to a code prefix) whose failure rate over at least five inspections exceeds
-- threshold percent; repeat_failures fires for an enterprise with at least threshold failed
-- inspections.

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_kind_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_kind_check
    CHECK (kind IN ('threshold', 'trend', 'deviation', 'data_quality', 'project', 'work_item',
        'sme_request', 'quality'));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap', 'below_pace', 'unreviewed_flags', 'milestone_overdue', 'investment_behind',
        'due_soon', 'work_item_overdue', 'sla_breached', 'category_failure_rate', 'repeat_failures'));
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_quality_check
    CHECK ((kind = 'quality') = (comparator IN ('category_failure_rate', 'repeat_failures')
        AND threshold IS NOT NULL AND expression IS NULL AND data_item IS NULL));

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, comparator, threshold,
     months, enabled)
VALUES
    ('quality-category-failure-rate', 'gansu-13fyp-industry', 'quality', 'warning',
     '产品类别近12个月监督抽查不合格率超过20%', 'A product category''s failure rate in inspections over the last 12 months above 20%',
     '620000', false, 'category_failure_rate', 20, 1, true),
    ('quality-repeat-failures', 'gansu-13fyp-industry', 'quality', 'severe',
     '同一企业近12个月监督抽查不合格2次及以上', 'One enterprise failing inspections twice or more within 12 months',
     '620000', false, 'repeat_failures', 2, 1, true)
ON CONFLICT DO NOTHING;

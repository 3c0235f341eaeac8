-- Early warnings (issue 7, part 3): data-quality rules. A rule of kind data_quality names the data
-- it watches in data_item: the data set (form) whose month is not reported N days (threshold) after
-- the month's end (unreported), or the additive element whose region figure and enterprise sum
-- differ by more than X% (official_gap).

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_kind_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_kind_check
    CHECK (kind IN ('threshold', 'trend', 'deviation', 'data_quality'));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap'));
ALTER TABLE warning_rule ADD COLUMN data_item text;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_data_quality_check
    CHECK ((kind = 'data_quality') = (comparator IN ('unreported', 'official_gap')
        AND data_item IS NOT NULL AND threshold IS NOT NULL AND expression IS NULL));

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, data_item, comparator,
     threshold, months, enabled)
VALUES
    ('monthly-report-late', 'gansu-13fyp-industry', 'data_quality', 'warning',
     '月报逾期未报（月末后15天）', 'Monthly report not filed 15 days after the month''s end',
     '620000', false, 'ENT-M', 'unreported', 15, 1, false),
    ('revenue-official-gap', 'gansu-13fyp-industry', 'data_quality', 'info',
     '营业收入官方数与企业汇总数相差超过10%',
     'Official and bottom-up revenue differ by more than 10%', '620000', true, 'REV',
     'official_gap', 10, 1, true)
ON CONFLICT DO NOTHING;

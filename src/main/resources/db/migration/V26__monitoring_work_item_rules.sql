-- Reminders and warnings on the annual plans' work items (issue 9): a reminder threshold days before
-- an item's due date (due_soon), a warning once it is overdue by more than threshold days
-- (work_item_overdue) and, with a longer delay and a higher severity, the escalation to the lead unit
-- of its task. One alert per item, closed when the item is done or cancelled.

ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_kind_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_kind_check
    CHECK (kind IN ('threshold', 'trend', 'deviation', 'data_quality', 'project', 'work_item'));
ALTER TABLE warning_rule DROP CONSTRAINT warning_rule_comparator_check;
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_comparator_check
    CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened', 'unreported',
        'official_gap', 'below_pace', 'unreviewed_flags', 'milestone_overdue', 'investment_behind',
        'due_soon', 'work_item_overdue'));
ALTER TABLE warning_rule ADD CONSTRAINT warning_rule_work_item_check
    CHECK ((kind = 'work_item') = (comparator IN ('due_soon', 'work_item_overdue')
        AND threshold IS NOT NULL AND expression IS NULL AND data_item IS NULL));

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, comparator, threshold,
     months, enabled)
VALUES
    ('work-item-due-soon', 'gansu-13fyp-industry', 'work_item', 'info',
     '工作事项7天内到期（提醒）', 'A work item due within 7 days (reminder)', '620000', false,
     'due_soon', 7, 1, true),
    ('work-item-overdue', 'gansu-13fyp-industry', 'work_item', 'warning',
     '工作事项逾期未完成', 'A work item overdue', '620000', false, 'work_item_overdue', 0, 1, true),
    ('work-item-escalated', 'gansu-13fyp-industry', 'work_item', 'severe',
     '工作事项逾期30天以上，报牵头单位督办', 'A work item overdue by more than 30 days, escalated to the task''s lead unit',
     '620000', false, 'work_item_overdue', 30, 1, true)
ON CONFLICT DO NOTHING;

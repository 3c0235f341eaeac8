-- Who leads each task of the plan and who co-operates in it, as the province assigns them (督查督办).
-- Every assignment is kept; the latest for a task is in force. The plan file's proposal stays in
-- plan_task, so the original is always visible. Assignments outlive a reload of the plan, which
-- replaces plan_task, and so refer to the task by code only.
CREATE TABLE task_assignment (
    id          bigserial PRIMARY KEY,
    plan_id     text NOT NULL,
    task_code   text NOT NULL,
    lead_unit   text NOT NULL,
    co_units    text[] NOT NULL,
    reason      text NOT NULL CHECK (length(btrim(reason)) > 0),
    assigned_by text NOT NULL,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT lead_unit = ANY (co_units))
);

CREATE INDEX task_assignment_task ON task_assignment (plan_id, task_code, id);

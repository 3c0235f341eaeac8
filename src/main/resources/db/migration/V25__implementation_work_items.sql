-- Work items of the annual implementation plans (年度实施方案的工作事项) and the progress their
-- responsible units report on them, quarter by quarter (督查督办).
CREATE TABLE work_item (
    id          bigserial PRIMARY KEY,
    plan_id     text NOT NULL,
    year        integer NOT NULL,
    task_code   text NOT NULL,
    title       text NOT NULL CHECK (length(btrim(title)) > 0),
    deliverable text NOT NULL CHECK (length(btrim(deliverable)) > 0),
    due_date    date NOT NULL,
    unit        text NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX work_item_plan_year ON work_item (plan_id, year);

CREATE TABLE work_item_report (
    id           bigserial PRIMARY KEY,
    work_item_id bigint NOT NULL REFERENCES work_item (id) ON DELETE CASCADE,
    period       text NOT NULL CHECK (period ~ '^\d{4}-Q[1-4]$'),
    state        text NOT NULL
        CHECK (state IN ('not_started', 'in_progress', 'done', 'lagging', 'cancelled')),
    narrative    text NOT NULL CHECK (length(btrim(narrative)) > 0),
    reason       text,
    reported_by  text NOT NULL,
    reported_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (work_item_id, period),
    CHECK (state <> 'cancelled' OR length(btrim(coalesce(reason, ''))) > 0)
);

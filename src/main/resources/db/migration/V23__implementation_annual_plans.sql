-- Annual implementation plans (年度实施方案): each year's state, and the yearly target values the
-- province set by hand where they differ from the value on the target's own path (which is
-- computed, not stored, so that it always follows the plan and its data).
CREATE TABLE annual_plan (
    plan_id     text NOT NULL,
    year        integer NOT NULL,
    status      text NOT NULL CHECK (status IN ('draft', 'approved')),
    approved_by text,
    approved_at timestamptz,
    PRIMARY KEY (plan_id, year),
    CHECK ((status = 'approved') = (approved_by IS NOT NULL AND approved_at IS NOT NULL))
);

CREATE TABLE annual_target (
    plan_id     text NOT NULL,
    year        integer NOT NULL,
    target_code text NOT NULL,
    value       numeric NOT NULL,
    note        text NOT NULL CHECK (length(btrim(note)) > 0),
    set_by      text NOT NULL,
    set_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, year, target_code),
    FOREIGN KEY (plan_id, year) REFERENCES annual_plan (plan_id, year)
);

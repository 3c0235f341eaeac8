-- Revisions of a plan (规划调整), as the mid-term review makes them: each with its document, the
-- date it was decided, the date it takes effect and why; the targets it changes (the original stays
-- in plan_target) and the tasks it adds. Kept apart from the plan's own rows, which are replaced
-- whole when the plan file changes; a revision is never edited, a later one supersedes it.
CREATE TABLE plan_revision (
    plan_id         text NOT NULL,
    number          integer NOT NULL CHECK (number > 0),
    title           text NOT NULL CHECK (length(btrim(title)) > 0),
    document_number text NOT NULL CHECK (length(btrim(document_number)) > 0),
    decided_on      date NOT NULL,
    effective_from  date NOT NULL,
    reason          text NOT NULL CHECK (length(btrim(reason)) > 0),
    file_name       text,
    content_type    text,
    size_bytes      integer,
    sha256          text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, number),
    CHECK ((file_name IS NULL) = (content IS NULL))
);

CREATE TABLE plan_revision_target (
    plan_id     text NOT NULL,
    number      integer NOT NULL,
    target_code text NOT NULL,
    value       numeric NOT NULL,
    value_max   numeric,
    source_text text NOT NULL CHECK (length(btrim(source_text)) > 0),
    PRIMARY KEY (plan_id, number, target_code),
    FOREIGN KEY (plan_id, number) REFERENCES plan_revision (plan_id, number) ON DELETE CASCADE,
    CHECK (value_max IS NULL OR value_max >= value)
);

CREATE TABLE plan_revision_task (
    plan_id     text NOT NULL,
    number      integer NOT NULL,
    code        text NOT NULL,
    section     text NOT NULL,
    title_zh    text NOT NULL CHECK (length(btrim(title_zh)) > 0),
    title_en    text NOT NULL,
    source_text text NOT NULL CHECK (length(btrim(source_text)) > 0),
    lead_unit   text NOT NULL,
    co_units    text[] NOT NULL DEFAULT '{}',
    targets     text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (plan_id, number, code),
    FOREIGN KEY (plan_id, number) REFERENCES plan_revision (plan_id, number) ON DELETE CASCADE
);

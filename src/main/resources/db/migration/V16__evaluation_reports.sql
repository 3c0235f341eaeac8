-- Stored evaluation reports (issue 7, parts 4 and 5): each version of a report keeps the three
-- documents written together from one computation of the figures, with the data version it was
-- computed at, so that asking again returns the same bytes even after the data changed.

CREATE TABLE evaluation_report (
    id           bigserial PRIMARY KEY,
    plan_id      text NOT NULL,
    report_type  text NOT NULL CHECK (report_type IN ('monthly', 'annual', 'midterm', 'final')),
    year         integer NOT NULL,
    -- YYYY-MM for a monthly brief, '' for the others
    period       text NOT NULL DEFAULT '',
    region_code  text NOT NULL,
    lang         text NOT NULL CHECK (lang IN ('zh', 'en')),
    version      integer NOT NULL CHECK (version >= 1),
    data_version text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    html         bytea NOT NULL,
    pdf          bytea NOT NULL,
    xlsx         bytea NOT NULL,
    CHECK ((report_type = 'monthly') = (period <> '')),
    UNIQUE (plan_id, report_type, year, period, region_code, lang, version)
);

CREATE INDEX evaluation_report_plan ON evaluation_report (plan_id, created_at DESC);

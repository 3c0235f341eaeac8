-- Key projects (重点项目, issue 8 part 1): each project with its owner, place in the plan's layout
-- (region, sector, industry chain, industrial base, development zone), its investment planned per
-- year, its milestones and its monthly progress reports with their attachments. The investment
-- completed in a year is the sum of that year's monthly reports: it is stored once, there.

CREATE TABLE project (
    code              text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    plan_id           text NOT NULL,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- the owner's unified social credit code when it is in the enterprise registry, else null
    owner_credit_code text,
    owner_name        text NOT NULL,
    -- a county-level GB/T 2260 code (or a state-level new area) of the plan's regions
    region_code       text NOT NULL,
    -- the plan's sector code and/or a GB/T 4754-2017 code: at least one
    sector            text,
    industry_code     text,
    chain             text,
    base              text,
    zone              text,
    -- 万元
    total_investment  numeric(16, 2) NOT NULL CHECK (total_investment > 0),
    start_date        date NOT NULL,
    planned_finish    date NOT NULL,
    status            text NOT NULL CHECK (status IN ('preparing', 'building', 'completed', 'suspended')),
    synthetic         boolean NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text NOT NULL,
    CHECK (planned_finish >= start_date),
    CHECK (sector IS NOT NULL OR industry_code IS NOT NULL)
);

CREATE INDEX project_region ON project (region_code);
CREATE INDEX project_owner ON project (owner_credit_code);

-- the investment planned for each year (万元)
CREATE TABLE project_year_plan (
    project_code text NOT NULL REFERENCES project (code) ON DELETE CASCADE,
    year         integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    planned      numeric(16, 2) NOT NULL CHECK (planned >= 0),
    PRIMARY KEY (project_code, year)
);

CREATE TABLE project_milestone (
    id           bigserial PRIMARY KEY,
    project_code text NOT NULL REFERENCES project (code) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    due_date     date NOT NULL,
    done_date    date
);

CREATE INDEX project_milestone_project ON project_milestone (project_code, due_date);
CREATE INDEX project_milestone_open ON project_milestone (due_date) WHERE done_date IS NULL;

-- one progress report per project and month
CREATE TABLE project_report (
    id           bigserial PRIMARY KEY,
    project_code text NOT NULL REFERENCES project (code) ON DELETE CASCADE,
    period       text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    -- investment completed in the month, 万元
    invested     numeric(16, 2) NOT NULL CHECK (invested >= 0),
    narrative    text NOT NULL DEFAULT '',
    filed_by     text NOT NULL,
    filed_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_code, period)
);

-- photos and documents of a progress report, kept in the database with the rest
CREATE TABLE project_attachment (
    id           bigserial PRIMARY KEY,
    report_id    bigint NOT NULL REFERENCES project_report (id) ON DELETE CASCADE,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    size_bytes   integer NOT NULL CHECK (size_bytes > 0),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea NOT NULL
);

CREATE INDEX project_attachment_report ON project_attachment (report_id);

-- the shipped demonstration projects (模拟数据), loaded once: a restart finds the label and stops
CREATE TABLE project_shipped_load (
    label      text PRIMARY KEY,
    projects   integer NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);

-- The plan as data. Each plan is replaced whole, in one transaction, when its file changes;
-- every child row goes with its plan (ON DELETE CASCADE).

CREATE TABLE plan (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
    title_zh        text NOT NULL,
    title_en        text NOT NULL,
    document_number text NOT NULL,
    issuer_zh       text NOT NULL,
    issuer_en       text NOT NULL,
    issued_on       date NOT NULL,
    base_year       integer NOT NULL,
    target_year     integer NOT NULL CHECK (target_year > base_year),
    preamble        text NOT NULL,
    source_sha256   text NOT NULL,
    loaded_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_section (
    plan_id      text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    id           text NOT NULL,
    ordinal      integer NOT NULL,
    title_zh     text NOT NULL,
    title_en     text NOT NULL,
    text         text NOT NULL,
    closing_text text,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE plan_indicator_table (
    plan_id  text PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    section  text NOT NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    raw_text text NOT NULL,
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id)
);

CREATE TABLE plan_indicator (
    plan_id       text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code          text NOT NULL,
    number        integer NOT NULL,
    category_zh   text NOT NULL,
    category_en   text NOT NULL,
    name_zh       text NOT NULL,
    name_en       text NOT NULL,
    unit          text NOT NULL,
    attribute     text NOT NULL CHECK (attribute IN ('expected', 'binding')),
    direction     text NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
    scope         text,
    baseline      numeric,
    baseline_note text,
    target        numeric,
    target_text   text NOT NULL,
    section       text NOT NULL,
    table_row     text NOT NULL,
    target_codes  text[] NOT NULL,
    note          text,
    note_en       text,
    PRIMARY KEY (plan_id, code),
    UNIQUE (plan_id, number),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id)
);

-- Errors of the printed plan: subject is 'table' for the indicator table, else an indicator code.
CREATE TABLE plan_correction (
    plan_id   text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    subject   text NOT NULL,
    ordinal   integer NOT NULL,
    field     text NOT NULL,
    printed   text NOT NULL,
    corrected text NOT NULL,
    reason_zh text NOT NULL,
    reason_en text NOT NULL,
    PRIMARY KEY (plan_id, subject, ordinal)
);

CREATE TABLE plan_target (
    plan_id        text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code           text NOT NULL,
    ordinal        integer NOT NULL,
    name_zh        text NOT NULL,
    name_en        text NOT NULL,
    value          numeric,
    value_max      numeric,
    unit           text NOT NULL,
    comparator     text NOT NULL CHECK (comparator IN ('>=', '<=', '≈', 'range', 'qualitative')),
    kind           text NOT NULL CHECK (kind IN ('level', 'average_annual_growth', 'change_vs_base', 'cumulative_count', 'qualitative')),
    count_basis    text CHECK (count_basis IN ('stock', 'additions')),
    base_year      integer NOT NULL,
    target_year    integer NOT NULL CHECK (target_year > base_year),
    attribute      text NOT NULL CHECK (attribute IN ('expected', 'binding')),
    direction      text NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
    scope          text,
    indicator_code text,
    sector_codes   text[] NOT NULL,
    region_codes   text[] NOT NULL,
    section        text NOT NULL,
    source_text    text NOT NULL,
    note           text,
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id),
    FOREIGN KEY (plan_id, indicator_code) REFERENCES plan_indicator (plan_id, code),
    CHECK ((kind = 'qualitative') = (value IS NULL)),
    CHECK ((comparator = 'range') = (value_max IS NOT NULL)),
    CHECK ((kind = 'cumulative_count') = (count_basis IS NOT NULL))
);

CREATE TABLE plan_baseline (
    plan_id        text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code           text NOT NULL,
    ordinal        integer NOT NULL,
    name_zh        text NOT NULL,
    name_en        text NOT NULL,
    year           integer,
    period_text    text,
    value          numeric NOT NULL,
    unit           text NOT NULL,
    scope          text,
    indicator_code text,
    section        text NOT NULL,
    source_text    text NOT NULL,
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id),
    FOREIGN KEY (plan_id, indicator_code) REFERENCES plan_indicator (plan_id, code)
);

-- Sectors and their sub-directions (parent_code set) share one code space.
CREATE TABLE plan_sector (
    plan_id        text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code           text NOT NULL,
    ordinal        integer NOT NULL,
    parent_code    text,
    name_zh        text NOT NULL,
    name_en        text NOT NULL,
    sector_group   text CHECK (sector_group IN ('traditional', 'emerging')),
    section        text NOT NULL,
    industry_codes text[] NOT NULL,
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, parent_code) REFERENCES plan_sector (plan_id, code),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id)
);

CREATE TABLE plan_region (
    plan_id     text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code        char(6) NOT NULL CHECK (code ~ '^[1-9][0-9]{5}$'),
    ordinal     integer NOT NULL,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'new_area')),
    parent_code char(6),
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, parent_code) REFERENCES plan_region (plan_id, code)
);

CREATE TABLE plan_place (
    plan_id      text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code         text NOT NULL,
    ordinal      integer NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('economic_zone', 'economic_sub_area', 'development_zone', 'industrial_base', 'industry_chain')),
    parent_code  text,
    name_zh      text NOT NULL,
    name_en      text NOT NULL,
    section      text NOT NULL,
    region_codes text[] NOT NULL,
    sector_codes text[] NOT NULL,
    stages       text[] NOT NULL,
    level        text,
    scale_zh     text,
    scale_value  numeric,
    source_text  text,
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, parent_code) REFERENCES plan_place (plan_id, code),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id)
);

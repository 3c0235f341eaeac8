-- The plan's tasks (加快推进…, 建设…) with their sentences, and the units that can lead them or
-- co-operate in them (省直部门, 市州政府), as the plan file gives them.

CREATE TABLE plan_unit (
    plan_id     text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code        text NOT NULL,
    ordinal     integer NOT NULL,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('department', 'city')),
    region_code text,
    PRIMARY KEY (plan_id, code),
    -- a city government has its region; a department may have one (兰州新区管委会)
    CHECK (kind <> 'city' OR region_code IS NOT NULL)
);

CREATE TABLE plan_task (
    plan_id      text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code         text NOT NULL,
    ordinal      integer NOT NULL,
    section      text NOT NULL,
    title_zh     text NOT NULL,
    title_en     text NOT NULL,
    source_text  text NOT NULL,
    sector_codes text[] NOT NULL,
    region_codes text[] NOT NULL,
    place_codes  text[] NOT NULL,
    target_codes text[] NOT NULL,
    lead_unit    text NOT NULL,
    co_units     text[] NOT NULL,
    units_basis  text NOT NULL CHECK (units_basis IN ('plan', 'default')),
    PRIMARY KEY (plan_id, code),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, id),
    FOREIGN KEY (plan_id, lead_unit) REFERENCES plan_unit (plan_id, code)
);

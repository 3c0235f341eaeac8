-- The herb profile of the trace module: the parties of the chains (企业, by 统一社会信用代码 and GLN
-- where they have one), their places (with coordinates for the public map), recalls and the lots
-- each affects, and the label of the shipped demonstration chains (模拟数据).
CREATE TABLE trace_party (
    id          text PRIMARY KEY,
    credit_code text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    gln         text UNIQUE CHECK (gln ~ '^\d{13}$'),
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    region_code text NOT NULL CHECK (region_code ~ '^\d{6}$')
);

CREATE TABLE trace_location (
    id          text PRIMARY KEY,
    party       text NOT NULL REFERENCES trace_party (id),
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    region_code text NOT NULL CHECK (region_code ~ '^\d{6}$'),
    longitude   numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    latitude    numeric(8, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90)
);

CREATE TABLE trace_recall (
    id         bigserial PRIMARY KEY,
    lot        text NOT NULL,
    reason_zh  text NOT NULL CHECK (length(btrim(reason_zh)) > 0),
    reason_en  text NOT NULL CHECK (length(btrim(reason_en)) > 0),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- the lot recalled and every lot downstream of it when the recall was made
CREATE TABLE trace_recall_lot (
    recall bigint NOT NULL REFERENCES trace_recall (id),
    lot    text NOT NULL,
    PRIMARY KEY (recall, lot)
);

CREATE INDEX trace_recall_lot_lot ON trace_recall_lot (lot);

CREATE TABLE trace_shipped (
    label     text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

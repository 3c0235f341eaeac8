-- Figures the government and press published, kept exactly as published with their sources; those
-- that map onto a data element also become official region values (province, approved).

INSERT INTO data_element (code, name_zh, name_en, unit, precision, aggregation, kind, frequency, scope, reported_by)
VALUES ('LOSS_RATE', '规模以上工业企业亏损面', 'Share of loss-making enterprises above designated size', '%', 2,
        'none', 'flow', 'month', '规模以上工业', 'region');
INSERT INTO data_set_element (data_set, data_element, ordinal) VALUES ('REG-M', 'LOSS_RATE', 100);

-- the monthly enterprise form also carries the counts behind 亏损面 (loss-making enterprises over all,
-- on the year-to-date basis, as the statistical form states them)
INSERT INTO data_set_element (data_set, data_element, ordinal) VALUES ('ENT-M', 'LOSS_ENT', 100), ('ENT-M', 'ENT', 101);

CREATE TABLE published_figure (
    line             integer PRIMARY KEY,
    code             text NOT NULL,
    name_zh          text NOT NULL,
    period_text      text NOT NULL,
    value_text       text NOT NULL,
    unit_text        text NOT NULL,
    source           text NOT NULL,
    official_address text,
    quote            text NOT NULL,
    data_element     text REFERENCES data_element (code),
    period           text,
    measure          text,
    value            numeric,
    CHECK ((data_element IS NULL) = (period IS NULL) AND (period IS NULL) = (measure IS NULL))
);

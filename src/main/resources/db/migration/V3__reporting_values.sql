-- Data values keyed by (data element, reporting unit, period, measure), with 上年同期, a status on
-- the approval path, and an audit row for every change.

CREATE TABLE data_value (
    data_element        text NOT NULL REFERENCES data_element (code),
    -- a unified social credit code (enterprise microdata) or a GB/T 2260 code (a region's official figure)
    reporting_unit      text NOT NULL,
    unit_type           text NOT NULL CHECK (unit_type IN ('enterprise', 'region')),
    period              text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-01/02|-(0[3-9]|1[0-2]))?$'),
    measure             text NOT NULL CHECK (measure IN ('current', 'ytd')),
    value               numeric NOT NULL,
    previous_year_value numeric,
    comment             text,
    -- where the figure comes from: reported by its unit, published officially, or synthetic (模拟数据)
    source              text NOT NULL DEFAULT 'reported' CHECK (source IN ('reported', 'official', 'synthetic')),
    status              text NOT NULL DEFAULT 'submitted' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
    -- the highest level that has approved it: county, then city, then province
    approved_level      text CHECK (approved_level IN ('county', 'city', 'province')),
    return_reason       text,
    deleted             boolean NOT NULL DEFAULT false,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL,
    PRIMARY KEY (data_element, reporting_unit, period, measure),
    CHECK ((status = 'returned') = (return_reason IS NOT NULL))
);
CREATE INDEX data_value_unit_period ON data_value (reporting_unit, period);
CREATE INDEX data_value_period ON data_value (period, data_element);

CREATE TABLE data_value_audit (
    id                  bigserial PRIMARY KEY,
    data_element        text NOT NULL,
    reporting_unit      text NOT NULL,
    period              text NOT NULL,
    measure             text NOT NULL,
    action              text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'submit', 'approve', 'return', 'reopen')),
    old_value           numeric,
    new_value           numeric,
    old_previous_year_value numeric,
    new_previous_year_value numeric,
    old_status          text,
    new_status          text,
    actor               text NOT NULL,
    reason              text,
    import_id           bigint,
    at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX data_value_audit_key ON data_value_audit (data_element, reporting_unit, period, measure, at);

-- One import: counts and state, so that a long import can be followed and come back to.
CREATE TABLE data_import (
    id          bigserial PRIMARY KEY,
    file_name   text NOT NULL,
    format      text NOT NULL,
    sha256      text NOT NULL,
    dry_run     boolean NOT NULL,
    state       text NOT NULL CHECK (state IN ('running', 'succeeded', 'refused', 'failed')),
    phase       text,
    rows_total  integer NOT NULL DEFAULT 0,
    rows_done   integer NOT NULL DEFAULT 0,
    created     integer NOT NULL DEFAULT 0,
    updated     integer NOT NULL DEFAULT 0,
    unchanged   integer NOT NULL DEFAULT 0,
    error_count integer NOT NULL DEFAULT 0,
    errors      jsonb,
    actor       text NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

-- Validation rules over data elements, stored as data. A hard rule refuses the values that break
-- it; a soft rule flags them for review in the approval queue.
CREATE TABLE validation_rule (
    code       text PRIMARY KEY,
    name_zh    text NOT NULL,
    name_en    text NOT NULL,
    -- e.g. VA <= GO; SW_UTIL <= SW_GEN + SW_STOCK: element codes, numbers, + - * /, one comparison
    expression text NOT NULL,
    severity   text NOT NULL CHECK (severity IN ('hard', 'soft')),
    active     boolean NOT NULL DEFAULT true
);

INSERT INTO validation_rule (code, name_zh, name_en, expression, severity) VALUES
    ('VA_LE_GO', '工业增加值不大于工业总产值', 'Value added does not exceed gross output', 'VA <= GO', 'hard'),
    ('SW_UTIL_LE_AVAILABLE', '固体废物综合利用量不大于产生量与利用往年贮存量之和',
     'Solid waste utilised does not exceed waste generated plus stored waste utilised', 'SW_UTIL <= SW_GEN + SW_STOCK', 'hard'),
    ('LOSS_LE_REV', '亏损额不大于营业收入的两倍', 'Losses do not exceed twice the revenue', 'LOSS <= 2 * REV', 'soft'),
    ('MBR_LE_REV', '主营业务收入不大于营业收入', 'Main business revenue does not exceed operating revenue', 'MBR <= REV', 'hard'),
    ('NC_LE_KEY', '数控化关键工序数不大于关键工序数', 'NC-controlled key processes do not exceed key processes', 'IT_NC_PROC <= IT_KEY_PROC', 'hard'),
    ('DIGITAL_LE_SURVEYED', '应用数字化研发设计工具的企业数不大于参评企业数',
     'Enterprises using digital design tools do not exceed those surveyed', 'IT_DIGITAL_RD <= IT_SURVEYED', 'hard');

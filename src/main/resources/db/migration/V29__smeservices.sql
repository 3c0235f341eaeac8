-- The SME public service network (issue 10, parts 5–7): the provincial hub (枢纽), a window (窗口)
-- for each city and prefecture, touchpoints (触角) in the counties and the service agencies that
-- join them, each with its service catalogue; the requests SMEs make of them, every hop of a
-- request, and the official holidays and make-up working days (调休) its service levels count by.

-- The national service categories, as data: the eight long-standing ones and the newer eight.
CREATE TABLE sme_category (
    code     text PRIMARY KEY,
    name_zh  text NOT NULL,
    name_en  text NOT NULL,
    newer    boolean NOT NULL DEFAULT false,
    position integer NOT NULL UNIQUE
);

INSERT INTO sme_category (code, name_zh, name_en, newer, position) VALUES
    ('information', '信息', 'Information', false, 1),
    ('technology', '技术', 'Technology', false, 2),
    ('startup', '创业', 'Business start-up', false, 3),
    ('training', '培训', 'Training', false, 4),
    ('financing', '融资', 'Financing', false, 5),
    ('market', '市场开拓', 'Market development', false, 6),
    ('consulting', '管理咨询', 'Management consulting', false, 7),
    ('legal', '法律', 'Legal', false, 8),
    ('digital', '数字化转型', 'Digital transformation', true, 9),
    ('green', '绿色化', 'Green transition', true, 10),
    ('metrology', '计量校准', 'Metrology and calibration', true, 11),
    ('certification', '认证认可', 'Certification and accreditation', true, 12),
    ('testing', '试验检验', 'Testing and inspection', true, 13),
    ('standards', '质量标准', 'Quality and standards', true, 14),
    ('ip', '知识产权', 'Intellectual property', true, 15),
    ('equipment', '设备共享', 'Equipment sharing', true, 16);

-- A node of the network. A window answers to the hub, a touchpoint to its city's window, an agency
-- to the window or the hub it joined; that is the level a request is passed up to.
CREATE TABLE sme_node (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('hub', 'window', 'touchpoint', 'agency')),
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    region_code text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    parent_code text REFERENCES sme_node (code),
    -- the day it began to serve: a county counts as covered from then on
    opened_on   date NOT NULL,
    synthetic   boolean NOT NULL DEFAULT false,
    CHECK ((kind = 'hub') = (parent_code IS NULL))
);
CREATE INDEX sme_node_region ON sme_node (region_code);

-- What a node offers, and on what terms: free (公益), low-cost (低收费) or at market price.
CREATE TABLE sme_offer (
    node_code     text NOT NULL REFERENCES sme_node (code) ON DELETE CASCADE,
    category_code text NOT NULL REFERENCES sme_category (code),
    fee           text NOT NULL CHECK (fee IN ('free', 'low_cost', 'market')),
    PRIMARY KEY (node_code, category_code)
);

-- A request an enterprise of reporting's registry made. Its name and county are kept as they were
-- when it asked, so lists need no other module's tables. The deadlines are fixed when it is made,
-- in working days of the calendar below; provisional when they fall in a year whose holidays are
-- not yet stored.
CREATE TABLE sme_request (
    id               bigserial PRIMARY KEY,
    enterprise_code  text NOT NULL,
    enterprise_name  text NOT NULL,
    region_code      text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    category_code    text NOT NULL REFERENCES sme_category (code),
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description      text NOT NULL DEFAULT '',
    -- the node that holds it now (and, once resolved, the one that resolved it)
    node_code        text NOT NULL REFERENCES sme_node (code),
    submitted_at     timestamptz NOT NULL,
    acknowledge_due  date NOT NULL,
    resolve_due      date NOT NULL,
    provisional      boolean NOT NULL DEFAULT false,
    acknowledged_at  timestamptz,
    resolved_at      timestamptz,
    resolution       text,
    fee              text CHECK (fee IN ('free', 'low_cost', 'market')),
    rating           integer CHECK (rating BETWEEN 1 AND 5),
    rating_comment   text,
    rated_at         timestamptz,
    synthetic        boolean NOT NULL DEFAULT false,
    CHECK ((resolved_at IS NULL) = (fee IS NULL)),
    CHECK (rating IS NULL OR resolved_at IS NOT NULL)
);
CREATE INDEX sme_request_node ON sme_request (node_code) WHERE resolved_at IS NULL;
CREATE INDEX sme_request_enterprise ON sme_request (enterprise_code);
CREATE INDEX sme_request_region ON sme_request (region_code, submitted_at);

-- Every step of a request: made, acknowledged, passed up or across, escalated on a breach of its
-- service level (reason says which), resolved, rated; each with its moment and its actor.
CREATE TABLE sme_request_hop (
    id         bigserial PRIMARY KEY,
    request_id bigint NOT NULL REFERENCES sme_request (id) ON DELETE CASCADE,
    action     text NOT NULL
        CHECK (action IN ('submitted', 'acknowledged', 'forwarded', 'escalated', 'resolved', 'rated')),
    from_node  text REFERENCES sme_node (code),
    to_node    text REFERENCES sme_node (code),
    actor      text NOT NULL,
    at         timestamptz NOT NULL,
    reason     text CHECK (reason IN ('acknowledge_overdue', 'resolve_overdue')),
    note       text NOT NULL DEFAULT '',
    CHECK ((action = 'escalated') = (reason IS NOT NULL))
);
CREATE INDEX sme_request_hop_request ON sme_request_hop (request_id, at, id);
-- a breach escalates once
CREATE UNIQUE INDEX sme_request_hop_breach ON sme_request_hop (request_id, reason)
    WHERE reason IS NOT NULL;

-- The State Council's holidays (is_off_day) and make-up working days on weekends (调休), loaded from
-- the shipped calendar at the first start; any date not listed is a working day from Monday to Friday.
CREATE TABLE sme_calendar_day (
    day        date PRIMARY KEY,
    name       text NOT NULL,
    is_off_day boolean NOT NULL
);

-- Which generation of the demonstration network (模拟数据) is loaded.
CREATE TABLE sme_shipped_data (
    label     text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

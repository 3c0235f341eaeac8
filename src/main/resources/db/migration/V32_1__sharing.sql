-- Shared equipment and capacity (共享设备设施与富余产能): the directory of shareable resources of
-- in-province enterprises, their bookings, and capacity requests posted to the market.

-- The processes spare manufacturing capacity is offered by, each with the GB/T 4754-2017 class
-- whose makers carry it out, under which the capacity is offered as a supply in the market.
CREATE TABLE sharing_process (
    code          text PRIMARY KEY,
    name_zh       text NOT NULL,
    name_en       text NOT NULL,
    category_code text NOT NULL,
    position      integer NOT NULL
);

INSERT INTO sharing_process (code, name_zh, name_en, category_code, position) VALUES
    ('CNC',       '数控加工',      'CNC machining',                 'C3484', 1),
    ('CASTING',   '铸造',          'Casting',                       'C3391', 2),
    ('FORGING',   '锻造',          'Forging',                       'C3393', 3),
    ('HEAT',      '热处理',        'Heat treatment',                'C3360', 4),
    ('COATING',   '表面处理/涂装', 'Surface treatment and coating', 'C3360', 5),
    ('WELDING',   '焊接',          'Welding',                       'C3311', 6),
    ('ADDITIVE',  '增材制造',      'Additive manufacturing',        'C3399', 7);

-- A shareable resource. Its calendar: open on the ISO weekdays listed (1 = Monday), between opens
-- and closes, from available_from to available_to (open-ended when null), except blocked dates.
-- A restricted (受限) resource's details are shown only to vetted users, its owner and the
-- province's staff; market_supply_id is the supply a spare capacity is offered as.
CREATE TABLE sharing_resource (
    id               bigserial PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('EQUIPMENT', 'INSTRUMENT', 'TESTING', 'CAPACITY')),
    name             text NOT NULL,
    owner_code       char(18) NOT NULL,
    owner_name       text NOT NULL,
    county_code      char(6) NOT NULL,
    city_code        char(6) NOT NULL,
    specification    text NOT NULL,
    open_days        text NOT NULL,
    opens            time NOT NULL,
    closes           time NOT NULL CHECK (closes > opens),
    available_from   date NOT NULL,
    available_to     date CHECK (available_to >= available_from),
    blocked_dates    date[] NOT NULL DEFAULT '{}',
    price_terms      text NOT NULL,
    contact          text NOT NULL,
    level            text NOT NULL CHECK (level IN ('PUBLIC', 'RESTRICTED')),
    process_code     text REFERENCES sharing_process (code),
    monthly_capacity numeric CHECK (monthly_capacity > 0),
    capacity_unit    text,
    market_supply_id bigint,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'CAPACITY') = (process_code IS NOT NULL)),
    CHECK ((kind = 'CAPACITY') = (monthly_capacity IS NOT NULL AND capacity_unit IS NOT NULL))
);

CREATE INDEX sharing_resource_owner ON sharing_resource (owner_code);

-- A booking of a resource for a period (local time, end exclusive). A requested, approved or
-- in-use booking holds its period: a request overlapping one is refused, under a lock on the
-- resource's row.
CREATE TABLE sharing_booking (
    id               bigserial PRIMARY KEY,
    resource_id      bigint NOT NULL REFERENCES sharing_resource (id),
    enterprise_code  char(18) NOT NULL,
    enterprise_name  text NOT NULL,
    enterprise_region char(6) NOT NULL,
    starts_at        timestamp NOT NULL,
    ends_at          timestamp NOT NULL CHECK (ends_at > starts_at),
    purpose          text NOT NULL,
    status           text NOT NULL
        CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'IN_USE', 'COMPLETED')),
    reason           text,
    rating           smallint CHECK (rating BETWEEN 1 AND 5),
    rating_comment   text,
    requested_by     text NOT NULL,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    decided_by       text,
    decided_at       timestamptz
);

CREATE INDEX sharing_booking_resource ON sharing_booking (resource_id, starts_at);

-- A request for manufacturing capacity, posted to the market as a demand and matched there.
CREATE TABLE sharing_capacity_request (
    id               bigserial PRIMARY KEY,
    process_code     text NOT NULL REFERENCES sharing_process (code),
    quantity         numeric NOT NULL CHECK (quantity > 0),
    unit             text NOT NULL,
    deliver_by       date NOT NULL,
    region_code      char(6) NOT NULL,
    enterprise_code  char(18),
    market_demand_id bigint NOT NULL,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);

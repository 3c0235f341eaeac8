-- Supply-demand matching (产销对接, issue 10 part 1-4): demands posted by key projects and
-- enterprises, supplies posted by in-province enterprises, the steps each suggested match takes
-- (contacted, deal, delivered or declined), what was bought outside the province instead, and the
-- notifications each side receives. The search index over the supplies is rebuilt from these
-- tables; market_revision tells it whether it is current.

CREATE TABLE market_demand (
    id                   bigserial PRIMARY KEY,
    title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    specification        text NOT NULL DEFAULT '',
    -- GB/T 4754-2017 written form (C3311) or a GB/T 50851-2013 code (two to eight digits)
    category_code        text NOT NULL,
    quantity             numeric(18, 3) NOT NULL CHECK (quantity > 0),
    unit                 text NOT NULL,
    delivery_region_code text NOT NULL,
    delivery_place       text NOT NULL DEFAULT '',
    posted_on            date NOT NULL,
    deliver_by           date NOT NULL,
    -- 万元
    budget               numeric(16, 2) CHECK (budget IS NULL OR budget >= 0),
    contact              text NOT NULL DEFAULT '',
    -- the key project that needs it, and/or the enterprise that buys it
    project_code         text,
    enterprise_code      text,
    -- the region whose staff see the demand: the project's, else the enterprise's, else delivery's
    owner_region_code    text NOT NULL,
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (deliver_by >= posted_on)
);

CREATE INDEX market_demand_owner_region ON market_demand (owner_region_code);
CREATE INDEX market_demand_enterprise ON market_demand (enterprise_code);

CREATE TABLE market_supply (
    id               bigserial PRIMARY KEY,
    enterprise_code  text NOT NULL,
    enterprise_name  text NOT NULL,
    product          text NOT NULL CHECK (length(product) BETWEEN 1 AND 200),
    specification    text NOT NULL DEFAULT '',
    category_code    text NOT NULL,
    monthly_capacity numeric(18, 3) NOT NULL CHECK (monthly_capacity > 0),
    unit             text NOT NULL,
    region_code      text NOT NULL,
    -- 元 per unit
    price_min        numeric(16, 2) CHECK (price_min IS NULL OR price_min >= 0),
    price_max        numeric(16, 2),
    certifications   text NOT NULL DEFAULT '',
    available_from   date NOT NULL,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (price_max IS NULL OR price_min IS NULL OR price_max >= price_min)
);

CREATE INDEX market_supply_enterprise ON market_supply (enterprise_code);

-- a match that has taken a step; one without a row is still only suggested
CREATE TABLE market_match (
    demand_id      bigint NOT NULL REFERENCES market_demand (id),
    supply_id      bigint NOT NULL REFERENCES market_supply (id),
    status         text NOT NULL CHECK (status IN ('contacted', 'deal', 'delivered', 'declined')),
    -- 万元, the deal's
    deal_amount    numeric(16, 2) CHECK (deal_amount IS NULL OR deal_amount > 0),
    deal_date      date,
    delivered_on   date,
    decline_reason text,
    updated_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (demand_id, supply_id),
    CHECK (status NOT IN ('deal', 'delivered') OR (deal_amount IS NOT NULL AND deal_date IS NOT NULL)),
    CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
);

-- what a demand's owner bought outside the province instead (万元): the other side of 省内采购占比
CREATE TABLE market_outside_purchase (
    id           bigserial PRIMARY KEY,
    demand_id    bigint NOT NULL REFERENCES market_demand (id),
    amount       numeric(16, 2) NOT NULL CHECK (amount > 0),
    purchased_on date NOT NULL,
    note         text NOT NULL DEFAULT '',
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- one row per party told of a step: an enterprise (by credit code) or a user (staff who posted)
CREATE TABLE market_notification (
    id                bigserial PRIMARY KEY,
    recipient_kind    text NOT NULL CHECK (recipient_kind IN ('enterprise', 'user')),
    recipient         text NOT NULL,
    demand_id         bigint NOT NULL REFERENCES market_demand (id),
    supply_id         bigint NOT NULL REFERENCES market_supply (id),
    status            text NOT NULL,
    message_zh        text NOT NULL,
    message_en        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX market_notification_recipient ON market_notification (recipient_kind, recipient);

-- bumped in the transaction of every write the index reflects (supplies posted); no row is revision
-- 0, so that a new database holds no data until something is posted (a backup restores only into
-- an empty one)
CREATE TABLE market_revision (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision bigint NOT NULL
);

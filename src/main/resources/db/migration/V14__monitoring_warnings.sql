-- Early warnings (issue 7, part 1): the rules as data, editable by province staff, and the alerts
-- they raise. An alert is open while its condition lasts (one per rule, region, sector and subject),
-- and closed when the condition ends; if it returns, a new alert is opened.

CREATE TABLE warning_rule (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    plan_id     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('threshold', 'trend', 'deviation')),
    severity    text NOT NULL CHECK (severity IN ('info', 'warning', 'severe')),
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    -- the region the rule watches; with cities, each city (prefecture) of the province as well
    region_code text NOT NULL,
    cities      boolean NOT NULL DEFAULT false,
    sector      text,
    -- threshold and trend: an indicator expression compared with the threshold for N months
    expression  text,
    -- deviation: one target of the plan, or every target when null
    target_code text,
    comparator  text NOT NULL
        CHECK (comparator IN ('>', '>=', '<', '<=', 'projected_miss', 'worsened')),
    threshold   numeric,
    months      integer NOT NULL DEFAULT 1 CHECK (months BETWEEN 1 AND 24),
    enabled     boolean NOT NULL DEFAULT true,
    updated_by  text,
    updated_at  timestamptz,
    CHECK ((kind IN ('threshold', 'trend')) = (expression IS NOT NULL AND threshold IS NOT NULL
        AND comparator IN ('>', '>=', '<', '<='))),
    CHECK ((kind = 'deviation') = (comparator IN ('projected_miss', 'worsened')))
);

CREATE TABLE warning_alert (
    id              bigserial PRIMARY KEY,
    rule_id         bigint NOT NULL REFERENCES warning_rule (id) ON DELETE CASCADE,
    plan_id         text NOT NULL,
    severity        text NOT NULL,
    region_code     text NOT NULL,
    sector          text,
    -- what within the region fired: a target's code for a deviation, '' otherwise
    subject         text NOT NULL DEFAULT '',
    -- the figures that fired it, as last seen
    value           numeric,
    threshold       numeric,
    period          text NOT NULL,
    detail          text NOT NULL DEFAULT '',
    data_version    text NOT NULL,
    first_seen      timestamptz NOT NULL DEFAULT now(),
    last_seen       timestamptz NOT NULL DEFAULT now(),
    acknowledged_by text,
    acknowledged_at timestamptz,
    resolved_at     timestamptz
);
-- raised once while the condition lasts
CREATE UNIQUE INDEX warning_alert_open
    ON warning_alert (rule_id, region_code, coalesce(sector, ''), subject)
    WHERE resolved_at IS NULL;
CREATE INDEX warning_alert_plan ON warning_alert (plan_id, region_code);

INSERT INTO warning_rule
    (code, plan_id, kind, severity, name_zh, name_en, region_code, cities, expression,
     target_code, comparator, threshold, months)
VALUES
    ('loss-share-high', 'gansu-13fyp-industry', 'threshold', 'warning',
     '亏损面超过20%', 'Share of loss makers above 20%', '620000', true,
     'countif(PROFIT < 0) / count(PROFIT) * 100', NULL, '>', 20, 1),
    ('loss-share-severe', 'gansu-13fyp-industry', 'threshold', 'severe',
     '亏损面连续3个月超过30%', 'Share of loss makers above 30% for 3 months', '620000', true,
     'countif(PROFIT < 0) / count(PROFIT) * 100', NULL, '>', 30, 3),
    ('va-growth-slow', 'gansu-13fyp-industry', 'trend', 'warning',
     '规上工业增加值累计增速连续3个月低于6%',
     'Cumulative growth of value added below 6% for 3 consecutive months', '620000', true,
     'same(VA) / prev(VA) * 100 - 100', NULL, '<', 6, 3),
    ('binding-projected-miss', 'gansu-13fyp-industry', 'deviation', 'severe',
     '约束性目标预计不能完成', 'A binding target projected to be missed', '620000', false,
     NULL, NULL, 'projected_miss', NULL, 1),
    ('target-worsened', 'gansu-13fyp-industry', 'deviation', 'info',
     '目标进展状态较上年变差', 'A target''s progress label worse than a year earlier', '620000', false,
     NULL, NULL, 'worsened', NULL, 1);

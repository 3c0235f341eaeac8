-- Quality credit and blacklist (issue 12): the facts of an enterprise's credit record, the rule set
-- that scores them (stored as data and versioned), the history of each enterprise's grade, and the
-- quality blacklist (质量黑名单) with its appeal and removal workflow. Enterprises are those of
-- reporting's registry, named by their unified social credit code.

-- 国家/省级监督抽查 results; the category is the enterprise's GB/T 4754 class when it was recorded, so
-- that failure rates by category do not move when the registry changes.
CREATE TABLE credit_inspection (
    id              bigserial PRIMARY KEY,
    enterprise_code text NOT NULL,
    category_code   text NOT NULL,
    product         text NOT NULL,
    batch           text NOT NULL,
    passed          boolean NOT NULL,
    items_failed    text[] NOT NULL DEFAULT '{}',
    inspected_on    date NOT NULL,
    authority       text NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (enterprise_code, product, batch, inspected_on, authority),
    CHECK (passed = (cardinality(items_failed) = 0))
);
CREATE INDEX credit_inspection_enterprise ON credit_inspection (enterprise_code, inspected_on);
CREATE INDEX credit_inspection_date ON credit_inspection (inspected_on);

-- 行政处罚
CREATE TABLE credit_penalty (
    id              bigserial PRIMARY KEY,
    enterprise_code text NOT NULL,
    document_number text NOT NULL UNIQUE,
    decided_on      date NOT NULL,
    authority       text NOT NULL,
    reason          text NOT NULL,
    amount          numeric NOT NULL CHECK (amount >= 0), -- 万元
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_penalty_enterprise ON credit_penalty (enterprise_code, decided_on);

-- 质量投诉: only an upheld complaint counts against the enterprise
CREATE TABLE credit_complaint (
    id              bigserial PRIMARY KEY,
    enterprise_code text NOT NULL,
    received_on     date NOT NULL,
    substance       text NOT NULL,
    upheld          boolean NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_complaint_enterprise ON credit_complaint (enterprise_code, received_on);

-- The rule set as data: each version's weights and thresholds as JSON. The latest version applies;
-- a new version is a new row, never an edit, so that every stored grade names the rules it came from.
CREATE TABLE credit_rule_version (
    version     integer PRIMARY KEY,
    rules       jsonb NOT NULL,
    note        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Version 1: start from 100 and deduct, per fact within its window, the points given, up to the cap;
-- add points for recognitions valid this year, up to the cap; A from 90, B from 75, C from 60, else D.
-- A current blacklist listing makes the grade D and holds the score at most at 59.
INSERT INTO credit_rule_version (version, rules, note) VALUES (1, '{
  "start": 100,
  "inspectionFailed": {"points": 15, "cap": 45, "months": 24},
  "penalty": {"points": 10, "cap": 30, "months": 36},
  "complaintUpheld": {"points": 5, "cap": 15, "months": 12},
  "reportingReturned": {"points": 2, "cap": 10, "months": 12},
  "reportingReopened": {"points": 2, "cap": 10, "months": 12},
  "recognition": {"points": 5, "cap": 10, "months": 0},
  "gradeA": 90,
  "gradeB": 75,
  "gradeC": 60,
  "blacklistedAtMost": 59
}', '初始规则 / initial rules (issue 12)');

-- Every change of an enterprise's grade, with the rule version and what caused it.
CREATE TABLE credit_grade_change (
    id              bigserial PRIMARY KEY,
    enterprise_code text NOT NULL,
    score           numeric NOT NULL,
    grade           text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    rule_version    integer NOT NULL REFERENCES credit_rule_version (version),
    cause           text NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_grade_change_enterprise ON credit_grade_change (enterprise_code, id);

-- 质量黑名单: listed → appealed (申诉) → listed again (appeal refused) or removed (appeal upheld);
-- listed → removed (信用修复). A listing is in force from its start date until its end date, if any,
-- unless removed.
CREATE TABLE credit_listing (
    id              bigserial PRIMARY KEY,
    enterprise_code text NOT NULL,
    reason          text NOT NULL,
    basis           text NOT NULL,
    document_number text NOT NULL UNIQUE,
    listed_from     date NOT NULL,
    listed_to       date,
    state           text NOT NULL DEFAULT 'listed' CHECK (state IN ('listed', 'appealed', 'removed')),
    listed_by       text NOT NULL,
    listed_at       timestamptz NOT NULL DEFAULT now(),
    appeal          text,
    appealed_by     text,
    appealed_at     timestamptz,
    decision        text,
    decided_by      text,
    decided_at      timestamptz,
    CHECK (listed_to IS NULL OR listed_to >= listed_from)
);
CREATE INDEX credit_listing_enterprise ON credit_listing (enterprise_code);

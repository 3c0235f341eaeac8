-- Where a region's own official figure of an indicator is found (see docs/plan-format.md, `definition`).
ALTER TABLE plan_indicator ADD COLUMN definition_official text[] NOT NULL DEFAULT '{}';
ALTER TABLE plan_indicator ADD COLUMN definition_official_change text;

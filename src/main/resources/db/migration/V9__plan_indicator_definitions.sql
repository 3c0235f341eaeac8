-- How an indicator is computed from reported data (see docs/plan-format.md, `definition`).
ALTER TABLE plan_indicator ADD COLUMN definition_expression text;
ALTER TABLE plan_indicator ADD COLUMN definition_industries text;

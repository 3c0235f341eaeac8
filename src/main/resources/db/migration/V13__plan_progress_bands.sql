-- A plan's own bounds for judging progress towards its targets (docs/plan-format.md, progressThresholds).
ALTER TABLE plan ADD COLUMN progress_high numeric;
ALTER TABLE plan ADD COLUMN progress_med numeric;
ALTER TABLE plan ADD COLUMN progress_low numeric;

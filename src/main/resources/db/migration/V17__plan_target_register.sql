-- A target may be measured by a register the platform keeps besides reported values (the enterprise
-- programmes' recognitions, the capacity-reduction ledger), named as kind:code.
ALTER TABLE plan_target ADD COLUMN register text
    CHECK (register ~ '^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$');
ALTER TABLE plan_target ADD CHECK (register IS NULL OR indicator_code IS NULL);

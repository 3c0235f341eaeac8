-- Every write of a data value or an enterprise takes the next number of a sequence, so that a copy
-- (the analytics engine's) can follow the tables by asking for what changed after the last number it
-- saw. Writers take one lock for the rest of their transaction before they write, so numbers are
-- handed out in the order the transactions commit and a reader never skips a number that commits
-- later. Deletions are soft (data_value.deleted), so they are changes like any other.

CREATE SEQUENCE data_value_change;
ALTER TABLE data_value ADD COLUMN change_seq bigint;
UPDATE data_value SET change_seq = nextval('data_value_change');
ALTER TABLE data_value ALTER COLUMN change_seq SET DEFAULT nextval('data_value_change');
ALTER TABLE data_value ALTER COLUMN change_seq SET NOT NULL;
ALTER SEQUENCE data_value_change OWNED BY data_value.change_seq;
CREATE INDEX data_value_change_seq ON data_value (change_seq);

CREATE SEQUENCE enterprise_change;
ALTER TABLE enterprise ADD COLUMN change_seq bigint;
UPDATE enterprise SET change_seq = nextval('enterprise_change');
ALTER TABLE enterprise ALTER COLUMN change_seq SET DEFAULT nextval('enterprise_change');
ALTER TABLE enterprise ALTER COLUMN change_seq SET NOT NULL;
ALTER SEQUENCE enterprise_change OWNED BY enterprise.change_seq;
CREATE INDEX enterprise_change_seq ON enterprise (change_seq);

-- one writer at a time, until it commits
CREATE FUNCTION serialise_value_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('longyuan.value_changes'));
    RETURN NULL;
END $$;
CREATE TRIGGER data_value_one_writer BEFORE INSERT OR UPDATE ON data_value
    FOR EACH STATEMENT EXECUTE FUNCTION serialise_value_writers();
CREATE TRIGGER enterprise_one_writer BEFORE INSERT OR UPDATE ON enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION serialise_value_writers();

-- an update is a change: it takes a new number (an insert takes one by default)
CREATE FUNCTION next_data_value_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('data_value_change');
    RETURN NEW;
END $$;
CREATE TRIGGER data_value_change_number BEFORE UPDATE ON data_value
    FOR EACH ROW EXECUTE FUNCTION next_data_value_change();

CREATE FUNCTION next_enterprise_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('enterprise_change');
    RETURN NEW;
END $$;
CREATE TRIGGER enterprise_change_number BEFORE UPDATE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION next_enterprise_change();

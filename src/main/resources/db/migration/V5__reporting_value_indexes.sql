-- Imports write every value through the table's indexes and constraints; these two cost more than
-- they give:
-- * the index on (period, data_element) serves no query the primary key does not (analytics reads its
--   own columnar copy);
-- * the foreign key to data_element is checked row by row (a quarter of an import's time); the
--   importer checks every element code itself, and data elements are never deleted (refused below).
DROP INDEX data_value_period;
ALTER TABLE data_value DROP CONSTRAINT data_value_data_element_fkey;

CREATE FUNCTION refuse_data_element_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'data elements are never deleted (% has values or may have)', OLD.code;
END $$;
CREATE TRIGGER data_element_never_deleted BEFORE DELETE ON data_element
    FOR EACH ROW EXECUTE FUNCTION refuse_data_element_delete();

-- A value's history is looked up by its unit and period (a few dozen rows), so the audit needs no
-- wider index, and a narrower one is cheaper to keep up on every import.
DROP INDEX data_value_audit_key;
CREATE INDEX data_value_audit_unit_period ON data_value_audit (reporting_unit, period);

-- A data value or an enterprise removed outright (not by the deleted flag) leaves its key behind with
-- a change number, so that a copy following the change numbers removes it too.

CREATE TABLE data_value_tombstone (
    change_seq     bigint NOT NULL DEFAULT nextval('data_value_change'),
    data_element   text NOT NULL,
    reporting_unit text NOT NULL,
    period         text NOT NULL,
    measure        text NOT NULL
);
CREATE INDEX data_value_tombstone_seq ON data_value_tombstone (change_seq);

CREATE FUNCTION remember_data_value_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_value_tombstone (data_element, reporting_unit, period, measure)
    VALUES (OLD.data_element, OLD.reporting_unit, OLD.period, OLD.measure);
    RETURN OLD;
END $$;
CREATE TRIGGER data_value_removed AFTER DELETE ON data_value
    FOR EACH ROW EXECUTE FUNCTION remember_data_value_removal();
CREATE TRIGGER data_value_one_remover BEFORE DELETE ON data_value
    FOR EACH STATEMENT EXECUTE FUNCTION serialise_value_writers();

CREATE TABLE enterprise_tombstone (
    change_seq  bigint NOT NULL DEFAULT nextval('enterprise_change'),
    credit_code text NOT NULL
);
CREATE INDEX enterprise_tombstone_seq ON enterprise_tombstone (change_seq);

CREATE FUNCTION remember_enterprise_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO enterprise_tombstone (credit_code) VALUES (OLD.credit_code);
    RETURN OLD;
END $$;
CREATE TRIGGER enterprise_removed AFTER DELETE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION remember_enterprise_removal();
CREATE TRIGGER enterprise_one_remover BEFORE DELETE ON enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION serialise_value_writers();

-- The platform's audit log: who did what, when, from where. Append-only (updates and deletes are
-- refused) and hash-chained: each entry's hash covers its content and the previous entry's hash, and
-- the head records the last position and hash, so a changed, removed or truncated entry is detected.

CREATE TABLE audit_log (
    position  bigint PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    origin    text NOT NULL,
    action    text NOT NULL,
    subject   text NOT NULL,
    detail    text NOT NULL,
    prev_hash text NOT NULL,
    hash      text NOT NULL
);

CREATE TABLE audit_head (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    position bigint NOT NULL,
    hash     text NOT NULL
);
INSERT INTO audit_head (position, hash) VALUES (0, repeat('0', 64));

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

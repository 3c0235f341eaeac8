-- Evidence attached to a unit's progress report on a work item (佐证材料): photos and documents,
-- checked by kind and size, kept with their SHA-256 so a download can be checked against the upload.
CREATE TABLE work_item_evidence (
    id           bigserial PRIMARY KEY,
    report_id    bigint NOT NULL REFERENCES work_item_report (id) ON DELETE CASCADE,
    file_name    text NOT NULL CHECK (length(btrim(file_name)) > 0),
    content_type text NOT NULL,
    size_bytes   integer NOT NULL CHECK (size_bytes > 0),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea NOT NULL,
    attached_by  text NOT NULL,
    attached_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX work_item_evidence_report ON work_item_evidence (report_id);

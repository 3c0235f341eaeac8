-- Master data from the headers of captured EPCIS documents (epcisHeader.epcisMasterData): each
-- vocabulary element by its vocabulary type and id, its attributes as given (the attribute's URI →
-- its value) and its children. A later document's element replaces an earlier one's attributes, as
-- the latest statement about the element; the job that last stated it is kept.
CREATE TABLE trace_vocabulary_element (
    vocabulary_type text NOT NULL,
    id              text NOT NULL,
    attributes      jsonb NOT NULL,
    children        jsonb NOT NULL DEFAULT '[]',
    capture_job     uuid NOT NULL REFERENCES trace_capture_job (id),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (vocabulary_type, id)
);

-- The EPCIS 2.0 event repository of the trace module (中药材追溯). An event is kept whole as the
-- JSON-LD binding writes it (body, with the namespaces its prefixed names use), identified by its
-- CBV 2.0 event hash, which is unique: the same event captured twice is stored once. Its eventID
-- (the hash, when it came without one) is kept too, but not as a key: published examples reuse one
-- eventID for different events. The columns beside the body carry, in canonical form (CBV words as
-- their https://ref.gs1.org/cbv/ URIs, GS1 keys as Digital Links), what the standard queries select
-- on.
CREATE TABLE trace_capture_job (
    id              uuid PRIMARY KEY,
    error_behaviour text NOT NULL CHECK (error_behaviour IN ('rollback', 'proceed')),
    running         boolean NOT NULL,
    success         boolean NOT NULL,
    event_count     integer NOT NULL CHECK (event_count >= 0),
    captured        integer NOT NULL DEFAULT 0,
    duplicates      integer NOT NULL DEFAULT 0,
    errors          jsonb NOT NULL DEFAULT '[]',
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);

CREATE TABLE trace_event (
    id                     bigserial PRIMARY KEY,
    event_hash             text NOT NULL UNIQUE CHECK (event_hash LIKE 'ni:///sha-256;%?ver=CBV2.0'),
    event_id               text NOT NULL,
    event_type             text NOT NULL CHECK (event_type IN ('ObjectEvent', 'AggregationEvent',
                               'TransactionEvent', 'TransformationEvent', 'AssociationEvent')),
    event_time             timestamptz NOT NULL,
    event_time_zone_offset text NOT NULL,
    record_time            timestamptz NOT NULL DEFAULT clock_timestamp(),
    action                 text CHECK (action IN ('ADD', 'OBSERVE', 'DELETE')),
    biz_step               text,
    disposition            text,
    read_point             text,
    biz_location           text,
    capture_job            uuid NOT NULL REFERENCES trace_capture_job (id),
    body                   jsonb NOT NULL,
    namespaces             jsonb NOT NULL
);

CREATE INDEX trace_event_event_id ON trace_event (event_id);
CREATE INDEX trace_event_time ON trace_event (event_time);
CREATE INDEX trace_event_record_time ON trace_event (record_time);
CREATE INDEX trace_event_type ON trace_event (event_type);
CREATE INDEX trace_event_biz_step ON trace_event (biz_step);
CREATE INDEX trace_event_disposition ON trace_event (disposition);
CREATE INDEX trace_event_read_point ON trace_event (read_point);
CREATE INDEX trace_event_biz_location ON trace_event (biz_location);

-- Every identifier an event names, by its role in the event: instance-level EPCs (epcList,
-- childEPCs, inputEPCList, outputEPCList, parentID) and classes of the quantity lists.
CREATE TABLE trace_event_epc (
    event bigint NOT NULL REFERENCES trace_event (id) ON DELETE CASCADE,
    role  text NOT NULL CHECK (role IN ('epc', 'child', 'parent', 'input', 'output',
              'quantity', 'child_quantity', 'input_quantity', 'output_quantity')),
    epc   text NOT NULL
);

CREATE INDEX trace_event_epc_lookup ON trace_event_epc (epc text_pattern_ops, role);
CREATE INDEX trace_event_epc_event ON trace_event_epc (event);

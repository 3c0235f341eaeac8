-- Named queries and their webhook subscriptions (EPCIS 2.0 REST binding, /queries). A named query
-- keeps its definition as the client gave it (the binding's JSON, each parameter a list meaning OR);
-- deleting it unsubscribes everybody, as the binding says.
CREATE TABLE trace_named_query (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9._~-]{1,100}$'),
    query      jsonb NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A subscription either streams (each event as it is captured) or runs on a schedule (cron-like
-- fields of the binding, in Beijing time); never both, never neither.
CREATE TABLE trace_subscription (
    id                  uuid PRIMARY KEY,
    query               bigint NOT NULL REFERENCES trace_named_query (id) ON DELETE CASCADE,
    dest                text NOT NULL CHECK (dest ~* '^https?://'),
    signature_token     text,
    report_if_empty     boolean NOT NULL,
    stream              boolean NOT NULL,
    schedule            jsonb,
    initial_record_time timestamptz NOT NULL,
    next_run_at         timestamptz,
    last_run_at         timestamptz,
    last_notified_at    timestamptz,
    last_delivered_record_time timestamptz,
    last_delivered_event bigint,
    created_by          text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (stream = (schedule IS NULL)),
    CHECK (stream OR next_run_at IS NOT NULL)
);

CREATE INDEX trace_subscription_query ON trace_subscription (query);
CREATE INDEX trace_subscription_due ON trace_subscription (next_run_at) WHERE NOT stream;

-- The outbox: one query-result document to post to a subscriber, written in the capture's
-- transaction (stream) or by the scheduled run, and kept until a 2xx answer. A subscription's
-- documents go out one at a time in the order written, so its events arrive in record order.
CREATE TABLE trace_delivery (
    id              bigserial PRIMARY KEY,
    subscription    uuid NOT NULL REFERENCES trace_subscription (id) ON DELETE CASCADE,
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz
);

CREATE INDEX trace_delivery_pending ON trace_delivery (subscription, id) WHERE state = 'pending';

-- Which events a document carries. An event goes to a subscription once: the key says so.
CREATE TABLE trace_delivery_event (
    subscription uuid NOT NULL REFERENCES trace_subscription (id) ON DELETE CASCADE,
    event        bigint NOT NULL REFERENCES trace_event (id) ON DELETE CASCADE,
    delivery     bigint NOT NULL REFERENCES trace_delivery (id) ON DELETE CASCADE,
    PRIMARY KEY (subscription, event)
);

CREATE INDEX trace_delivery_event_delivery ON trace_delivery_event (delivery, event);

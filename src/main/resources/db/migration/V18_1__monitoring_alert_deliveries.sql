-- Deliveries of alerts by webhook and e-mail, kept until delivered so that a restart loses none:
-- what to send (the signed JSON body, or the e-mail's subject and text, as made when the alert was
-- raised), how many attempts were made, when the next is due and why the last failed. One delivery
-- per alert and channel; a delivered one is never sent again, and one that failed every attempt
-- stays as failed, with its last error.

CREATE TABLE warning_delivery (
    id              bigserial PRIMARY KEY,
    -- the alert delivered; its figures travel in the payload, so no key ties it to warning_alert
    alert_id        bigint NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('webhook', 'mail')),
    subject         text,
    payload         text NOT NULL,
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    UNIQUE (alert_id, channel),
    CHECK ((state = 'delivered') = (delivered_at IS NOT NULL))
);
CREATE INDEX warning_delivery_due ON warning_delivery (channel, next_attempt_at)
    WHERE state = 'pending';

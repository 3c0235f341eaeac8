-- A requester may cancel (取消) a booking not yet in use: it no longer holds its period. Its reason
-- goes where a refusal's does (a booking is refused or cancelled, never both); who cancelled and when
-- are kept apart from the owner's decision, which a cancelled approval keeps.
ALTER TABLE sharing_booking DROP CONSTRAINT sharing_booking_status_check;
ALTER TABLE sharing_booking ADD CONSTRAINT sharing_booking_status_check
    CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'IN_USE', 'COMPLETED', 'CANCELLED'));
ALTER TABLE sharing_booking ADD COLUMN cancelled_by text;
ALTER TABLE sharing_booking ADD COLUMN cancelled_at timestamptz;
ALTER TABLE sharing_booking ADD CONSTRAINT sharing_booking_cancelled_check
    CHECK ((status = 'CANCELLED') = (cancelled_by IS NOT NULL AND cancelled_at IS NOT NULL AND reason IS NOT NULL));

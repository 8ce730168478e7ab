-- Idempotency-Key (API.md): a retried POST answers the first result instead of booking twice. The key row is
-- inserted in the booking's own transaction, so a concurrent retry waits on the primary key until the first
-- commits (then replays its result) or rolls back (then books itself).
create table appointment_idempotency_key (
    user_id        uuid         not null,
    key            varchar(200) not null,
    request_hash   varchar(64)  not null,
    appointment_id uuid,
    series_id      uuid,
    created_at     timestamptz  not null,
    constraint appointment_idempotency_key_pk primary key (user_id, key),
    constraint appointment_idempotency_key_result_known check ((appointment_id is null) <> (series_id is null)),
    constraint appointment_idempotency_key_appointment_fk foreign key (appointment_id)
        references appointment (id) deferrable initially deferred
);

create index appointment_idempotency_key_appointment_idx on appointment_idempotency_key (appointment_id);
create index appointment_idempotency_key_created_at_idx on appointment_idempotency_key (created_at);
-- The list filters on status within a range; reports count by status and start.
create index appointment_status_starts_at_idx on appointment (status, starts_at);

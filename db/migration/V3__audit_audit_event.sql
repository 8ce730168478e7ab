-- The audit trail (DOMAIN.md, Privacy and audit): append-only, guarded by PostgreSQL itself.
create table audit_event (
    id            bigint generated always as identity primary key,
    at            timestamptz  not null,
    user_id       uuid,
    username      varchar(100),
    role          varchar(20),
    action        varchar(60)  not null,
    resource_type varchar(60)  not null,
    resource_id   varchar(100),
    patient_id    uuid,
    outcome       varchar(10)  not null,
    constraint audit_event_outcome_known check (outcome in ('ALLOWED', 'DENIED'))
);

create index audit_event_at_idx on audit_event (at);
create index audit_event_patient_at_idx on audit_event (patient_id, at);
create index audit_event_user_at_idx on audit_event (user_id, at);

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;

-- Row triggers stop UPDATE and DELETE for every role, the owner included; a statement trigger stops TRUNCATE.
create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

-- The service's own role owns the table; it gives up the right to change or remove rows.
revoke update, delete, truncate on audit_event from current_user;

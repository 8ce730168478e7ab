-- Certification of the plan of care by a physician (EPISODE.md R8). An interval's bounds are fixed when it is
-- first recorded; every write of its certification is a new row (append-only), so the latest row is what
-- holds and the earlier ones are its history. The status is computed at each read, never stored.

create table certification_interval (
    plan_id        uuid    not null,
    seq            integer not null,
    -- The interval before this one: it must exist (certification-out-of-sequence); null for interval 1.
    previous_seq   integer generated always as (case when seq > 1 then seq - 1 end) stored,
    interval_start date    not null,
    interval_end   date    not null,
    constraint certification_interval_pk primary key (plan_id, seq),
    constraint certification_interval_seq_positive check (seq >= 1),
    constraint certification_interval_previous_fk foreign key (plan_id, previous_seq)
        references certification_interval (plan_id, seq),
    -- R8: 90 days counting the first, never later; shorter when the plan ends first.
    constraint certification_interval_bounds check (interval_end between interval_start and interval_start + 89)
);

create table certification_write (
    plan_id        uuid          not null,
    seq            integer       not null,
    revision       integer       not null,
    method         varchar(30)   not null,
    sent_on        date,
    verbal_on      date,
    signed_on      date,
    certifier_name varchar(200)  not null,
    certifier_npi  varchar(10),
    delay_reason   varchar(1000),
    written_by     uuid          not null,
    written_at     timestamptz   not null,
    constraint certification_write_pk primary key (plan_id, seq, revision),
    constraint certification_write_interval_fk foreign key (plan_id, seq)
        references certification_interval (plan_id, seq),
    constraint certification_write_revision_positive check (revision >= 1),
    constraint certification_write_method_known
        check (method in ('SIGNED', 'VERBAL_THEN_SIGNED', 'REFERRAL_EXCEPTION_2025')),
    constraint certification_write_certifier_npi_valid check (npi_is_valid(certifier_npi)),
    -- R8: a verbal order only with VERBAL_THEN_SIGNED; signed on or after it was sent and ordered verbally.
    constraint certification_write_verbal_only_when_verbal
        check (verbal_on is null or method = 'VERBAL_THEN_SIGNED'),
    constraint certification_write_signed_after_sent check (signed_on >= sent_on),
    constraint certification_write_signed_after_verbal check (signed_on >= verbal_on),
    -- R8: the 2025 referral exception certifies the first interval only, unsigned.
    constraint certification_write_referral_exception_first_unsigned
        check (method <> 'REFERRAL_EXCEPTION_2025' or (seq = 1 and signed_on is null))
);

create function certification_write_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'certification writes are append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger certification_write_append_only
    before update or delete on certification_write
    for each row execute function certification_write_refuse_change();

create trigger certification_write_no_truncate
    before truncate on certification_write
    for each statement execute function certification_write_refuse_change();

create trigger certification_interval_append_only
    before update or delete on certification_interval
    for each row execute function certification_write_refuse_change();

create trigger certification_interval_no_truncate
    before truncate on certification_interval
    for each statement execute function certification_write_refuse_change();

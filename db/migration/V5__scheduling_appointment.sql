-- Appointments: one therapist and one patient for [starts_at, ends_at). Never deleted.
create extension if not exists btree_gist;

create table appointment (
    id                  uuid primary key,
    patient_id          uuid         not null,
    therapist_id        uuid         not null,
    starts_at           timestamptz  not null,
    ends_at             timestamptz  not null,
    duration_minutes    integer      not null,
    type                varchar(20)  not null,
    status              varchar(20)  not null default 'BOOKED',
    note                varchar(10000),
    series_id           uuid,
    cancellation_reason varchar(200),
    late_cancellation   boolean      not null default false,
    cancelled_at        timestamptz,
    checked_in_at       timestamptz,
    completed_at        timestamptz,
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    constraint appointment_patient_fk foreign key (patient_id) references patient (id),
    constraint appointment_therapist_fk foreign key (therapist_id) references therapist (id),
    constraint appointment_type_known check (type in ('INITIAL_EVALUATION', 'FOLLOW_UP', 'RE_EVALUATION', 'DISCHARGE')),
    constraint appointment_status_known check (status in ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    constraint appointment_duration_allowed check (duration_minutes between 15 and 180 and duration_minutes % 5 = 0),
    constraint appointment_end_matches_duration check (ends_at = starts_at + make_interval(mins => duration_minutes)),
    constraint appointment_cancellation_has_reason check ((status = 'CANCELLED') = (cancellation_reason is not null)),
    -- DOMAIN.md: two appointments of one therapist, or of one patient, never overlap; back-to-back is fine
    -- ([) ranges); a cancelled or no-show appointment frees its time. PostgreSQL guarantees it, so no
    -- race between two desks can double-book.
    constraint appointment_no_double_booking_therapist exclude using gist (
        therapist_id with =, tstzrange(starts_at, ends_at) with &&) where (status not in ('CANCELLED', 'NO_SHOW')),
    constraint appointment_no_double_booking_patient exclude using gist (
        patient_id with =, tstzrange(starts_at, ends_at) with &&) where (status not in ('CANCELLED', 'NO_SHOW'))
);

create index appointment_starts_at_idx on appointment (starts_at);
create index appointment_therapist_starts_at_idx on appointment (therapist_id, starts_at);
create index appointment_patient_starts_at_idx on appointment (patient_id, starts_at);
create index appointment_series_idx on appointment (series_id) where series_id is not null;

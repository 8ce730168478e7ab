-- Treatment plans (DOMAIN.md, Protocols, plans and home exercise). Never deleted.
create table treatment_plan (
    id                        uuid primary key,
    patient_id                uuid         not null,
    therapist_id              uuid         not null,
    protocol_id               uuid,
    protocol_version          integer,
    diagnosis_code            varchar(8)   not null,
    visits_per_week           integer      not null,
    duration_weeks            integer      not null,
    start_date                date         not null,
    status                    varchar(20)  not null default 'DRAFT',
    discontinue_reason        varchar(200),
    activated_at              timestamptz,
    completed_at              timestamptz,
    discontinued_at           timestamptz,
    education_topics          text[]       not null,
    belt_recommended          boolean,
    belt_reason               varchar(30),
    belt_wearing_instructions varchar(10000),
    belt_review_after_weeks   integer,
    belt_source               varchar(20),
    version                   bigint       not null default 0,
    created_at                timestamptz  not null,
    created_by                uuid         not null,
    constraint treatment_plan_patient_fk foreign key (patient_id) references patient (id),
    constraint treatment_plan_therapist_fk foreign key (therapist_id) references therapist (id),
    constraint treatment_plan_protocol_version_fk foreign key (protocol_id, protocol_version)
        references protocol_version (protocol_id, version),
    constraint treatment_plan_protocol_complete check ((protocol_id is null) = (protocol_version is null)),
    -- ICD-10-CM: letter, digit, digit or letter; then optionally a dot and 1 to 4 characters.
    constraint treatment_plan_diagnosis_code_format check (diagnosis_code ~ '^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    constraint treatment_plan_visits_per_week_range check (visits_per_week between 1 and 7),
    constraint treatment_plan_duration_weeks_range check (duration_weeks between 1 and 52),
    constraint treatment_plan_status_known check (status in ('DRAFT', 'ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    constraint treatment_plan_discontinued_has_reason check ((status = 'DISCONTINUED') = (discontinue_reason is not null)),
    constraint treatment_plan_discontinue_reason_not_blank check (btrim(discontinue_reason) <> ''),
    constraint treatment_plan_education_topics_known check (education_topics <@ array['POSTURE',
        'LIFTING_AND_CARRYING', 'SITTING', 'ACTIVITY_LEVEL', 'SLEEP_POSITION']::text[]),
    constraint treatment_plan_belt_reason_known check (belt_reason in ('HYPERMOBILITY', 'PREGNANCY_RELATED', 'OTHER')),
    -- API.md: a recommended belt always says why.
    constraint treatment_plan_belt_reason_when_recommended check (belt_recommended is not true or belt_reason is not null),
    constraint treatment_plan_belt_review_range check (belt_review_after_weeks between 1 and 52),
    constraint treatment_plan_belt_source_known check (belt_source in ('PATIENT_FACTS', 'THERAPIST')),
    constraint treatment_plan_belt_complete check ((belt_recommended is null) = (belt_source is null))
);

-- DOMAIN.md: one ACTIVE plan per patient at a time; PostgreSQL guarantees it.
create unique index treatment_plan_one_active_per_patient on treatment_plan (patient_id) where status = 'ACTIVE';
create index treatment_plan_patient_idx on treatment_plan (patient_id, created_at);
create index treatment_plan_therapist_idx on treatment_plan (therapist_id);
create index treatment_plan_protocol_idx on treatment_plan (protocol_id, protocol_version);
create index treatment_plan_status_idx on treatment_plan (status);

create table treatment_plan_goal (
    plan_id     uuid           not null,
    position    integer        not null,
    description varchar(10000) not null,
    target_date date,
    constraint treatment_plan_goal_pk primary key (plan_id, position),
    constraint treatment_plan_goal_plan_fk foreign key (plan_id) references treatment_plan (id),
    constraint treatment_plan_goal_description_not_blank check (btrim(description) <> '')
);

-- Home exercise prescriptions. A stopped prescription is kept (active = false).
create table prescription (
    id                              uuid primary key,
    plan_id                         uuid           not null,
    exercise_id                     uuid           not null,
    sets                            integer        not null,
    reps                            integer        not null,
    hold_seconds                    integer        not null,
    times_per_day                   integer        not null,
    days_per_week                   integer        not null,
    side                            varchar(20)    not null,
    progression_target_hold_seconds integer,
    progression_step_seconds        integer,
    progression_every_days          integer,
    instructions                    varchar(10000),
    dose_since                      date           not null,
    active                          boolean        not null default true,
    stopped_at                      timestamptz,
    position                        integer        not null,
    created_at                      timestamptz    not null,
    constraint prescription_plan_fk foreign key (plan_id) references treatment_plan (id),
    constraint prescription_exercise_fk foreign key (exercise_id) references exercise (id),
    constraint prescription_sets_range check (sets between 1 and 10),
    constraint prescription_reps_range check (reps between 1 and 50),
    constraint prescription_hold_seconds_range check (hold_seconds between 0 and 300),
    constraint prescription_times_per_day_range check (times_per_day between 1 and 5),
    constraint prescription_days_per_week_range check (days_per_week between 1 and 7),
    constraint prescription_side_known check (side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    constraint prescription_progression_complete check (
        (progression_target_hold_seconds is null) = (progression_step_seconds is null)
        and (progression_step_seconds is null) = (progression_every_days is null)),
    constraint prescription_progression_range check (
        progression_target_hold_seconds is null
        or (progression_target_hold_seconds between hold_seconds and 300
            and progression_step_seconds between 1 and 300 and progression_every_days between 1 and 365)),
    constraint prescription_stopped_when_inactive check (active = (stopped_at is null))
);

create index prescription_plan_idx on prescription (plan_id, position);
create index prescription_exercise_idx on prescription (exercise_id);

-- Every earlier dose of a prescription, appended on each change and never altered.
create table prescription_dose_history (
    prescription_id                 uuid           not null,
    seq                             integer        not null,
    sets                            integer        not null,
    reps                            integer        not null,
    hold_seconds                    integer        not null,
    times_per_day                   integer        not null,
    days_per_week                   integer        not null,
    side                            varchar(20)    not null,
    progression_target_hold_seconds integer,
    progression_step_seconds        integer,
    progression_every_days          integer,
    instructions                    varchar(10000),
    dose_since                      date           not null,
    changed_at                      timestamptz    not null,
    changed_by                      uuid           not null,
    constraint prescription_dose_history_pk primary key (prescription_id, seq),
    constraint prescription_dose_history_prescription_fk foreign key (prescription_id) references prescription (id)
);

create function prescription_dose_history_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'prescription dose history is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger prescription_dose_history_append_only before update or delete on prescription_dose_history
    for each row execute function prescription_dose_history_refuse_change();

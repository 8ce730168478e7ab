-- Visit notes (DOMAIN.md, Visit notes and manual therapy): one per appointment, written by the
-- treating therapist, DRAFT until signed. A signed note never changes; PostgreSQL refuses it too.
create table visit_note (
    id                  uuid primary key,
    appointment_id      uuid           not null,
    patient_id          uuid           not null,
    therapist_id        uuid           not null,
    author_user_id      uuid           not null,
    status              varchar(10)    not null default 'DRAFT',
    subjective          varchar(10000),
    objective           varchar(10000),
    assessment          varchar(10000),
    plan                varchar(10000),
    pain_before         smallint,
    pain_after          smallint,
    signed_at           timestamptz,
    signed_by_user_id   uuid,
    version             bigint         not null default 0,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    constraint visit_note_appointment_unique unique (appointment_id),
    constraint visit_note_appointment_fk foreign key (appointment_id) references appointment (id),
    constraint visit_note_patient_fk foreign key (patient_id) references patient (id),
    constraint visit_note_therapist_fk foreign key (therapist_id) references therapist (id),
    constraint visit_note_author_fk foreign key (author_user_id) references staff_account (id),
    constraint visit_note_signed_by_fk foreign key (signed_by_user_id) references staff_account (id),
    constraint visit_note_status_known check (status in ('DRAFT', 'SIGNED')),
    constraint visit_note_pain_before_range check (pain_before between 0 and 10),
    constraint visit_note_pain_after_range check (pain_after between 0 and 10),
    -- API.md: signing needs subjective, objective, assessment and plan filled in.
    constraint visit_note_signed_complete check (status <> 'SIGNED' or (
        btrim(coalesce(subjective, '')) <> '' and btrim(coalesce(objective, '')) <> ''
        and btrim(coalesce(assessment, '')) <> '' and btrim(coalesce(plan, '')) <> ''
        and signed_at is not null and signed_by_user_id is not null)),
    constraint visit_note_draft_unsigned check (status <> 'DRAFT' or (signed_at is null and signed_by_user_id is null))
);

create index visit_note_patient_idx on visit_note (patient_id, created_at);
create index visit_note_therapist_idx on visit_note (therapist_id, created_at);
create index visit_note_author_idx on visit_note (author_user_id);
create index visit_note_signed_by_idx on visit_note (signed_by_user_id);

-- Exercises performed during the visit, in the order written. Names are what the therapist saw
-- done; exercise_id optionally points into the exercise library (not a foreign key: the library
-- belongs to another module, and a note records what happened even if the library changes).
create table visit_note_exercise (
    visit_note_id uuid         not null,
    position      smallint     not null,
    exercise_id   uuid,
    name          varchar(200) not null,
    sets          smallint,
    reps          smallint,
    hold_seconds  smallint,
    constraint visit_note_exercise_pk primary key (visit_note_id, position),
    constraint visit_note_exercise_note_fk foreign key (visit_note_id) references visit_note (id),
    constraint visit_note_exercise_position_range check (position between 0 and 29),
    constraint visit_note_exercise_name_not_blank check (btrim(name) <> ''),
    constraint visit_note_exercise_sets_range check (sets between 1 and 20),
    constraint visit_note_exercise_reps_range check (reps between 1 and 100),
    constraint visit_note_exercise_hold_range check (hold_seconds between 1 and 600)
);

-- Manual therapy given during the visit (DOMAIN.md): technique, region, side, Maitland grade, minutes.
create table visit_note_manual_therapy (
    visit_note_id    uuid         not null,
    position         smallint     not null,
    technique        varchar(30)  not null,
    region           varchar(20)  not null,
    side             varchar(10),
    grade            smallint,
    minutes          smallint     not null,
    patient_response varchar(200),
    constraint visit_note_manual_therapy_pk primary key (visit_note_id, position),
    constraint visit_note_manual_therapy_note_fk foreign key (visit_note_id) references visit_note (id),
    constraint visit_note_manual_therapy_position_range check (position between 0 and 19),
    constraint visit_note_manual_therapy_technique_known check (technique in ('SOFT_TISSUE_MOBILIZATION',
        'MYOFASCIAL_RELEASE', 'JOINT_MOBILIZATION', 'MANIPULATION', 'MUSCLE_ENERGY_TECHNIQUE',
        'STRAIN_COUNTERSTRAIN', 'MANUAL_TRACTION')),
    constraint visit_note_manual_therapy_region_known check (region in ('SACROILIAC_JOINT', 'LUMBAR_SPINE',
        'PELVIS', 'HIP', 'THIGH')),
    constraint visit_note_manual_therapy_side_known check (side in ('LEFT', 'RIGHT', 'BILATERAL')),
    -- Paired structures need a side; the lumbar spine and pelvis may be treated centrally (no side).
    constraint visit_note_manual_therapy_side_for_paired_region check (
        region not in ('SACROILIAC_JOINT', 'HIP', 'THIGH') or side is not null),
    -- DOMAIN.md (Maitland): joint mobilization grade 1..4, manipulation grade 5, every other technique none.
    constraint visit_note_manual_therapy_maitland_grade check (case technique
        when 'JOINT_MOBILIZATION' then grade is not null and grade between 1 and 4
        when 'MANIPULATION' then grade is not null and grade = 5
        else grade is null end),
    constraint visit_note_manual_therapy_minutes_range check (minutes between 1 and 60),
    constraint visit_note_manual_therapy_response_not_blank check (btrim(patient_response) <> '')
);

-- A signed note never changes, and no note is ever deleted (API.md: nothing clinical is hard-deleted).
-- Raised as a named check violation so the service can answer 409 by the constraint's name.
create function visit_note_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.status = 'SIGNED' then
        raise exception 'a signed visit note never changes and no visit note is deleted'
            using errcode = 'check_violation', constraint = 'visit_note_signed_unchangeable';
    end if;
    return new;
end
$$;

create trigger visit_note_signed_unchangeable
    before update or delete on visit_note
    for each row execute function visit_note_refuse_change();

-- The exercises and manual therapy of a signed note are part of it: frozen with it.
create function visit_note_part_refuse_change() returns trigger
    language plpgsql as
$$
declare
    note_id uuid := case when tg_op = 'INSERT' then new.visit_note_id else old.visit_note_id end;
begin
    if exists (select 1 from visit_note where id = note_id and status = 'SIGNED') then
        raise exception 'a signed visit note never changes'
            using errcode = 'check_violation', constraint = 'visit_note_signed_unchangeable';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger visit_note_exercise_signed_unchangeable
    before insert or update or delete on visit_note_exercise
    for each row execute function visit_note_part_refuse_change();
create trigger visit_note_manual_therapy_signed_unchangeable
    before insert or update or delete on visit_note_manual_therapy
    for each row execute function visit_note_part_refuse_change();

create function visit_note_refuse_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'visit notes are never removed' using errcode = 'insufficient_privilege';
end
$$;

create trigger visit_note_no_truncate before truncate on visit_note
    for each statement execute function visit_note_refuse_truncate();
create trigger visit_note_exercise_no_truncate before truncate on visit_note_exercise
    for each statement execute function visit_note_refuse_truncate();
create trigger visit_note_manual_therapy_no_truncate before truncate on visit_note_manual_therapy
    for each statement execute function visit_note_refuse_truncate();

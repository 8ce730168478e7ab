-- The exercise library and protocol templates (DOMAIN.md, Protocols, plans and home exercise).
-- An exercise carries its default dose in the same fields as a prescription.
create table exercise (
    id                              uuid primary key,
    name                            varchar(200)   not null,
    instructions                    varchar(10000),
    sets                            integer        not null,
    reps                            integer        not null,
    hold_seconds                    integer        not null,
    times_per_day                   integer        not null,
    days_per_week                   integer        not null,
    side                            varchar(20)    not null,
    progression_target_hold_seconds integer,
    progression_step_seconds        integer,
    progression_every_days          integer,
    created_at                      timestamptz    not null,
    constraint exercise_name_not_blank check (btrim(name) <> ''),
    constraint exercise_sets_range check (sets between 1 and 10),
    constraint exercise_reps_range check (reps between 1 and 50),
    constraint exercise_hold_seconds_range check (hold_seconds between 0 and 300),
    constraint exercise_times_per_day_range check (times_per_day between 1 and 5),
    constraint exercise_days_per_week_range check (days_per_week between 1 and 7),
    constraint exercise_side_known check (side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    constraint exercise_progression_complete check (
        (progression_target_hold_seconds is null) = (progression_step_seconds is null)
        and (progression_step_seconds is null) = (progression_every_days is null)),
    constraint exercise_progression_range check (
        progression_target_hold_seconds is null
        or (progression_target_hold_seconds between hold_seconds and 300
            and progression_step_seconds between 1 and 300 and progression_every_days between 1 and 365))
);

-- Two library entries with the same name would be indistinguishable on a home program.
create unique index exercise_name_unique on exercise (lower(name));

-- A protocol is the stable identity; its content lives in immutable versions.
create table protocol (
    id              uuid primary key,
    current_version integer     not null,
    created_at      timestamptz not null,
    constraint protocol_current_version_positive check (current_version >= 1)
);

create table protocol_version (
    protocol_id      uuid         not null,
    version          integer      not null,
    name             varchar(200) not null,
    description      varchar(10000),
    education_topics text[]       not null,
    belt_rule        boolean      not null,
    visits_per_week  integer,
    duration_weeks   integer,
    created_at       timestamptz  not null,
    created_by       uuid,
    constraint protocol_version_pk primary key (protocol_id, version),
    constraint protocol_version_protocol_fk foreign key (protocol_id) references protocol (id),
    constraint protocol_version_name_not_blank check (btrim(name) <> ''),
    constraint protocol_version_education_topics_known check (education_topics <@ array['POSTURE',
        'LIFTING_AND_CARRYING', 'SITTING', 'ACTIVITY_LEVEL', 'SLEEP_POSITION']::text[]),
    constraint protocol_version_visits_per_week_range check (visits_per_week between 1 and 7),
    constraint protocol_version_duration_weeks_range check (duration_weeks between 1 and 52)
);

create index protocol_version_name_idx on protocol_version (lower(name));

create table protocol_version_exercise (
    protocol_id                     uuid    not null,
    version                         integer not null,
    position                        integer not null,
    exercise_id                     uuid    not null,
    sets                            integer not null,
    reps                            integer not null,
    hold_seconds                    integer not null,
    times_per_day                   integer not null,
    days_per_week                   integer not null,
    side                            varchar(20) not null,
    progression_target_hold_seconds integer,
    progression_step_seconds        integer,
    progression_every_days          integer,
    instructions                    varchar(10000),
    constraint protocol_version_exercise_pk primary key (protocol_id, version, position),
    constraint protocol_version_exercise_version_fk foreign key (protocol_id, version)
        references protocol_version (protocol_id, version),
    constraint protocol_version_exercise_exercise_fk foreign key (exercise_id) references exercise (id),
    constraint protocol_version_exercise_sets_range check (sets between 1 and 10),
    constraint protocol_version_exercise_reps_range check (reps between 1 and 50),
    constraint protocol_version_exercise_hold_seconds_range check (hold_seconds between 0 and 300),
    constraint protocol_version_exercise_times_per_day_range check (times_per_day between 1 and 5),
    constraint protocol_version_exercise_days_per_week_range check (days_per_week between 1 and 7),
    constraint protocol_version_exercise_side_known check (side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    constraint protocol_version_exercise_progression_complete check (
        (progression_target_hold_seconds is null) = (progression_step_seconds is null)
        and (progression_step_seconds is null) = (progression_every_days is null)),
    constraint protocol_version_exercise_progression_range check (
        progression_target_hold_seconds is null
        or (progression_target_hold_seconds between hold_seconds and 300
            and progression_step_seconds between 1 and 300 and progression_every_days between 1 and 365))
);

create index protocol_version_exercise_exercise_idx on protocol_version_exercise (exercise_id);

create table protocol_version_manual_therapy (
    protocol_id uuid        not null,
    version     integer     not null,
    position    integer     not null,
    technique   varchar(40) not null,
    region      varchar(40) not null,
    constraint protocol_version_manual_therapy_pk primary key (protocol_id, version, position),
    constraint protocol_version_manual_therapy_version_fk foreign key (protocol_id, version)
        references protocol_version (protocol_id, version),
    constraint protocol_version_manual_therapy_technique_known check (technique in ('SOFT_TISSUE_MOBILIZATION',
        'MYOFASCIAL_RELEASE', 'JOINT_MOBILIZATION', 'MANIPULATION', 'MUSCLE_ENERGY_TECHNIQUE',
        'STRAIN_COUNTERSTRAIN', 'MANUAL_TRACTION')),
    constraint protocol_version_manual_therapy_region_known check (region in ('SACROILIAC_JOINT', 'LUMBAR_SPINE',
        'PELVIS', 'HIP', 'THIGH'))
);

-- DOMAIN.md: a protocol changed later does not change plans made from it. A saved version is
-- therefore never updated or deleted; a change is a new version.
create function protocol_version_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'protocol versions are immutable' using errcode = 'insufficient_privilege';
end
$$;

create trigger protocol_version_immutable before update or delete on protocol_version
    for each row execute function protocol_version_refuse_change();
create trigger protocol_version_exercise_immutable before update or delete on protocol_version_exercise
    for each row execute function protocol_version_refuse_change();
create trigger protocol_version_manual_therapy_immutable before update or delete on protocol_version_manual_therapy
    for each row execute function protocol_version_refuse_change();

-- The seed article's three exercises at their published dosage, and the others DOMAIN.md names.
insert into exercise (id, name, instructions, sets, reps, hold_seconds, times_per_day, days_per_week, side,
                      progression_target_hold_seconds, progression_step_seconds, progression_every_days, created_at)
values
    ('00000000-0000-4000-a000-000000000001', 'Hip abductor stretch',
     'Sit on the floor with the legs straight and apart in a triangle; lean toward the toes. Hold 7-10 seconds, over time up to 30 seconds.',
     1, 3, 10, 1, 7, 'BOTH', 30, 5, 7, now()),
    ('00000000-0000-4000-a000-000000000002', 'Hamstring stretch',
     'Sit with one leg straight on a second chair and reach toward the toes. Hold 15-30 seconds; alternate legs between sets.',
     2, 1, 15, 1, 7, 'ALTERNATING', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000003', 'Back bridge',
     'Lie on the back, knees bent, palms down. Squeeze the glutes and lift the hips into a straight line from knees to shoulders. Hold 5 seconds; 8-10 repetitions.',
     1, 10, 5, 1, 7, 'BOTH', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000004', 'Clamshell',
     'Lie on the side, hips and knees bent, feet together; lift the top knee without rolling the pelvis back. The therapist sets the dose.',
     2, 10, 0, 1, 7, 'BOTH', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000005', 'Knee-to-chest stretch',
     'Lie on the back and draw one knee toward the chest with both hands. The therapist sets the dose.',
     1, 3, 20, 1, 7, 'ALTERNATING', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000006', 'Hip adductor squeeze',
     'Lie on the back, knees bent, a ball or pillow between the knees; squeeze gently. The therapist sets the dose.',
     1, 10, 5, 1, 7, 'BOTH', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000007', 'Pelvic tilt',
     'Lie on the back, knees bent; flatten the low back against the floor by tilting the pelvis. The therapist sets the dose.',
     1, 10, 5, 1, 7, 'BOTH', null, null, null, now()),
    ('00000000-0000-4000-a000-000000000008', 'Lower-trunk rotation',
     'Lie on the back, knees bent and together; let both knees fall slowly to one side, then the other. The therapist sets the dose.',
     1, 10, 3, 1, 7, 'ALTERNATING', null, null, null, now());

-- The seeded "SI joint conservative care" protocol (DOMAIN.md): the three seed exercises at their
-- default dose, the first four education topics, 2 visits a week for 6 weeks, belt rule on.
insert into protocol (id, current_version, created_at)
values ('00000000-0000-4000-b000-000000000001', 1, now());

insert into protocol_version (protocol_id, version, name, description, education_topics, belt_rule,
                              visits_per_week, duration_weeks, created_at, created_by)
values ('00000000-0000-4000-b000-000000000001', 1, 'SI joint conservative care',
        'Conservative care for sacroiliac joint pain: home stretching and strengthening, body-mechanics education and sacroiliac belt advice where the patient''s facts call for it.',
        array['POSTURE', 'LIFTING_AND_CARRYING', 'SITTING', 'ACTIVITY_LEVEL'], true, 2, 6, now(), null);

insert into protocol_version_exercise (protocol_id, version, position, exercise_id, sets, reps, hold_seconds,
                                       times_per_day, days_per_week, side, progression_target_hold_seconds,
                                       progression_step_seconds, progression_every_days, instructions)
select '00000000-0000-4000-b000-000000000001', 1, row_number() over (order by id), id, sets, reps, hold_seconds,
       times_per_day, days_per_week, side, progression_target_hold_seconds, progression_step_seconds,
       progression_every_days, null
  from exercise
 where id in ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002',
              '00000000-0000-4000-a000-000000000003');

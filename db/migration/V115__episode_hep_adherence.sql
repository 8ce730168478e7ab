-- Home-exercise adherence (EPISODE.md R12): what a patient (or the therapist for them) reports of one
-- prescription for the 7 days ending reportedOn. Append-only: the runtime role may only insert (the grants
-- callback lists no UPDATE or DELETE for it) and a trigger refuses any change, also the owner's.

-- An entry's prescription is one of its plan's (the foreign key below references this pair; id alone is
-- already unique, so this changes nothing else).
alter table prescription add constraint prescription_id_plan_unique unique (id, plan_id);

create table hep_adherence_entry (
    id                uuid           primary key,
    plan_id           uuid           not null,
    prescription_id   uuid           not null,
    reported_on       date           not null,
    sessions_done     integer        not null,
    -- timesPerDay × daysPerWeek of the dose in force on reported_on, as it was when recorded.
    expected_sessions integer        not null,
    -- R12: round half up of 100 × done / expected (numeric round() rounds halves away from zero, the
    -- same as up for these non-negative values), and that capped at 100.
    raw_percent       integer        not null
        generated always as (round(100.0 * sessions_done / expected_sessions)::integer) stored,
    adherence_percent integer        not null
        generated always as (least(100, round(100.0 * sessions_done / expected_sessions)::integer)) stored,
    pain_during       integer,
    source            varchar(10)    not null,
    note              varchar(10000),
    recorded_by       uuid           not null,
    recorded_at       timestamptz    not null,
    constraint hep_adherence_entry_prescription_of_the_plan_fk foreign key (prescription_id, plan_id)
        references prescription (id, plan_id),
    -- One entry per prescription and date (409 duplicate-adherence-entry).
    constraint hep_adherence_entry_one_per_day unique (prescription_id, reported_on),
    -- At most 5 a day on each of the 7 days, twice over (API: 0..70).
    constraint hep_adherence_entry_sessions_done_range check (sessions_done between 0 and 70),
    -- DOMAIN.md prescription bounds: timesPerDay 1..5, daysPerWeek 1..7.
    constraint hep_adherence_entry_expected_sessions_range check (expected_sessions between 1 and 35),
    constraint hep_adherence_entry_pain_during_range check (pain_during between 0 and 10),
    constraint hep_adherence_entry_source_known check (source in ('PATIENT', 'THERAPIST'))
);

create index hep_adherence_entry_plan_idx on hep_adherence_entry (plan_id, reported_on);

-- R12: accepted only while the plan is ACTIVE. The plan's row is locked FOR SHARE, so an entry and a
-- concurrent hold, completion or discontinuation of its plan are ordered: one of them sees the other.
-- (That the home program of reported_on lists the prescription is the service's check: it needs the
-- dose history and the clinic's days.)
create function hep_adherence_entry_refuse_inactive_plan() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from treatment_plan where id = new.plan_id and status = 'ACTIVE' for share) then
        raise exception 'adherence is recorded only on an ACTIVE plan'
            using errcode = 'check_violation', constraint = 'hep_adherence_entry_plan_active';
    end if;
    return new;
end
$$;

create trigger hep_adherence_entry_plan_active
    before insert on hep_adherence_entry
    for each row execute function hep_adherence_entry_refuse_inactive_plan();

create function hep_adherence_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'adherence entries are append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger hep_adherence_entry_append_only
    before update or delete on hep_adherence_entry
    for each row execute function hep_adherence_entry_refuse_change();

create trigger hep_adherence_entry_no_truncate
    before truncate on hep_adherence_entry
    for each statement execute function hep_adherence_entry_refuse_change();

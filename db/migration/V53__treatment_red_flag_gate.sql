-- The red-flag gate guards every door to treatment (DOMAIN.md "Red-flag screening", revised
-- 2026-11-27). PostgreSQL holds the parts it can: a plan never becomes ACTIVE while the patient has
-- a referral no physician has cleared, a referral puts the patient's ACTIVE plan ON_HOLD in the
-- same transaction, a clearance is dated no earlier than its screening and names a valid NPI.

-- A screening is taken on a clinic-local day (optional in the request, today by default). Rows
-- recorded before this column existed were taken on the day they were recorded.
alter table screening add column screened_on date;
update screening set screened_on = (recorded_at at time zone '${clinic_time_zone}')::date;
alter table screening alter column screened_on set not null;
alter table screening add column cleared_by_npi varchar(10);

-- The NPI check digit (CMS, "Requirements for the NPI check digit"): the Luhn formula over the
-- prefix 80840 followed by the NPI's ten digits comes out to a multiple of ten.
create function npi_is_valid(npi text) returns boolean
    language sql immutable strict parallel safe as
$$
select case
           when npi !~ '^[0-9]{10}$' then false
           else (select sum(case when (16 - i) % 2 = 0 then (2 * d) / 10 + (2 * d) % 10 else d end) % 10 = 0
                   from generate_series(1, 15) i,
                        lateral (select substr('80840' || npi, i, 1)::int as d) digit)
       end
$$;

alter table screening
    add constraint screening_cleared_by_npi_valid check (npi_is_valid(cleared_by_npi)),
    add constraint screening_npi_only_with_clearance check (cleared_by_npi is null or cleared_by is not null),
    add constraint screening_cleared_on_not_before_screening check (cleared_on >= screened_on);

create index screening_unresolved_idx on screening (patient_id)
    where disposition <> 'CLEAR_TO_TREAT' and cleared_by is null;
create index screening_patient_screened_on_idx on screening (patient_id, screened_on);

-- ACTIVE ⇄ ON_HOLD, and one open (ACTIVE or ON_HOLD) plan per patient.
alter table treatment_plan drop constraint treatment_plan_status_known;
alter table treatment_plan add constraint treatment_plan_status_known
    check (status in ('DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'DISCONTINUED'));
drop index treatment_plan_one_active_per_patient;
create unique index treatment_plan_one_open_per_patient on treatment_plan (patient_id)
    where status in ('ACTIVE', 'ON_HOLD');

-- Every status a plan has had, with who set it, when and why; never changed.
create table treatment_plan_status_history (
    plan_id    uuid         not null,
    seq        integer      not null,
    status     varchar(20)  not null,
    changed_at timestamptz  not null,
    changed_by uuid         not null,
    reason     varchar(200),
    constraint treatment_plan_status_history_pk primary key (plan_id, seq),
    constraint treatment_plan_status_history_plan_fk foreign key (plan_id) references treatment_plan (id),
    constraint treatment_plan_status_history_status_known
        check (status in ('DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'DISCONTINUED')),
    constraint treatment_plan_status_history_reason_not_blank check (btrim(reason) <> '')
);

-- Plans made before the history existed: their moves are known from the plan's own timestamps;
-- who made them is not, so they are credited to the plan's author.
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 1, 'DRAFT', created_at, created_by from treatment_plan;
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 2, 'ACTIVE', activated_at, created_by from treatment_plan where activated_at is not null;
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by, reason)
select id, case when activated_at is null then 2 else 3 end, status, coalesce(completed_at, discontinued_at),
       created_by, discontinue_reason
  from treatment_plan where status in ('COMPLETED', 'DISCONTINUED');

-- Before this migration a later clear screening let a plan through an uncleared referral, and a referral
-- held nothing: such plans go ON_HOLD now, so the gate holds for them too.
with held as (
    update treatment_plan p set status = 'ON_HOLD', version = version + 1
     where status = 'ACTIVE'
       and exists (select 1 from screening s
                    where s.patient_id = p.patient_id and s.disposition <> 'CLEAR_TO_TREAT' and s.cleared_by is null)
    returning id, created_by)
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by, reason)
select held.id, (select max(seq) + 1 from treatment_plan_status_history h where h.plan_id = held.id), 'ON_HOLD',
       now(), held.created_by, 'A referral was still uncleared when the red-flag gate came in'
  from held;

create function treatment_plan_status_history_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'a treatment plan''s status history is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger treatment_plan_status_history_append_only
    before update or delete on treatment_plan_status_history
    for each row execute function treatment_plan_status_history_refuse_change();

create trigger treatment_plan_status_history_no_truncate
    before truncate on treatment_plan_status_history
    for each statement execute function treatment_plan_status_history_refuse_change();

-- DOMAIN.md: DRAFT → ACTIVE ⇄ ON_HOLD; ACTIVE or ON_HOLD → COMPLETED or DISCONTINUED; a DRAFT may be
-- DISCONTINUED. Replaces V51's list.
create or replace function treatment_plan_refuse_status_move() returns trigger
    language plpgsql as
$$
begin
    if new.status is distinct from old.status
       and (old.status, new.status) not in (('DRAFT', 'ACTIVE'), ('DRAFT', 'DISCONTINUED'),
                                            ('ACTIVE', 'ON_HOLD'), ('ON_HOLD', 'ACTIVE'),
                                            ('ACTIVE', 'COMPLETED'), ('ACTIVE', 'DISCONTINUED'),
                                            ('ON_HOLD', 'COMPLETED'), ('ON_HOLD', 'DISCONTINUED')) then
        raise exception 'a treatment plan cannot move from % to %', old.status, new.status
            using errcode = 'check_violation', constraint = 'treatment_plan_status_moves_forward';
    end if;
    return new;
end
$$;

-- Every plan starts as a DRAFT: no row is born ACTIVE past the gate below.
create function treatment_plan_refuse_start_other_than_draft() returns trigger
    language plpgsql as
$$
begin
    if new.status <> 'DRAFT' then
        raise exception 'a treatment plan starts as DRAFT, not %', new.status
            using errcode = 'check_violation', constraint = 'treatment_plan_starts_as_draft';
    end if;
    return new;
end
$$;

create trigger treatment_plan_starts_as_draft
    before insert on treatment_plan
    for each row execute function treatment_plan_refuse_start_other_than_draft();

-- The gate and the hold below take the same per-patient lock, so a referral recorded at the same
-- moment as an activation is seen by one or the other: either the activation is refused, or the
-- referral finds the plan ACTIVE and puts it ON_HOLD.
create function treatment_plan_refuse_activation_past_red_flags() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(hashtextextended('red-flag-gate:' || new.patient_id::text, 0));
    if exists (select 1 from screening
                where patient_id = new.patient_id and disposition <> 'CLEAR_TO_TREAT' and cleared_by is null) then
        raise exception 'the patient has a referral no physician has cleared'
            using errcode = 'check_violation', constraint = 'treatment_plan_red_flag_gate';
    end if;
    return new;
end
$$;

create trigger treatment_plan_red_flag_gate
    before update of status on treatment_plan
    for each row when (new.status = 'ACTIVE' and old.status is distinct from 'ACTIVE')
    execute function treatment_plan_refuse_activation_past_red_flags();

create function screening_puts_active_plan_on_hold() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(hashtextextended('red-flag-gate:' || new.patient_id::text, 0));
    with held as (
        update treatment_plan set status = 'ON_HOLD', version = version + 1
         where patient_id = new.patient_id and status = 'ACTIVE'
        returning id)
    insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by, reason)
    select held.id,
           (select max(seq) + 1 from treatment_plan_status_history h where h.plan_id = held.id),
           'ON_HOLD', new.recorded_at, new.recorded_by,
           left('Red-flag screening: ' || new.disposition || ' (' || array_to_string(new.red_flags, ', ') || ')', 200)
      from held;
    return null;
end
$$;

-- A referral entered with its clearance already on it (as the demo data does) holds nothing.
create trigger screening_referral_holds_plan
    after insert on screening
    for each row when (new.disposition <> 'CLEAR_TO_TREAT' and new.cleared_by is null)
    execute function screening_puts_active_plan_on_hold();

-- A plan's status and the newest line of its history agree at commit, whoever wrote the row.
create function treatment_plan_refuse_unrecorded_status() returns trigger
    language plpgsql as
$$
begin
    if (select status from treatment_plan where id = new.id) is distinct from
       (select status from treatment_plan_status_history where plan_id = new.id order by seq desc limit 1) then
        raise exception 'a treatment plan''s status change is not in its history'
            using errcode = 'check_violation', constraint = 'treatment_plan_status_recorded';
    end if;
    return null;
end
$$;

create constraint trigger treatment_plan_status_recorded
    after insert or update of status on treatment_plan
    deferrable initially deferred
    for each row execute function treatment_plan_refuse_unrecorded_status();

-- DOMAIN.md: a plan has at least one goal.
create function treatment_plan_refuse_without_goal() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from treatment_plan_goal where plan_id = new.id) then
        raise exception 'a treatment plan needs at least one goal'
            using errcode = 'check_violation', constraint = 'treatment_plan_has_goal';
    end if;
    return null;
end
$$;

create constraint trigger treatment_plan_has_goal
    after insert on treatment_plan
    deferrable initially deferred
    for each row execute function treatment_plan_refuse_without_goal();

-- A prescription is prescribed on a clinic-local day: the home program of an earlier day never
-- lists it.
alter table prescription add column prescribed_on date;
update prescription set prescribed_on = (created_at at time zone '${clinic_time_zone}')::date;
alter table prescription alter column prescribed_on set not null;

-- DOMAIN.md: when a plan is completed or discontinued, its prescriptions stop with it, at the
-- moment it closed; and a closed plan gets no active prescription back.
create function treatment_plan_stop_prescriptions() returns trigger
    language plpgsql as
$$
begin
    update prescription set active = false, stopped_at = coalesce(new.completed_at, new.discontinued_at, now())
     where plan_id = new.id and active;
    return null;
end
$$;

create trigger treatment_plan_closing_stops_prescriptions
    after update of status on treatment_plan
    for each row when (new.status in ('COMPLETED', 'DISCONTINUED'))
    execute function treatment_plan_stop_prescriptions();

create function prescription_refuse_closed_plan() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from treatment_plan where id = new.plan_id and status in ('COMPLETED', 'DISCONTINUED')) then
        raise exception 'a closed plan has no active prescription'
            using errcode = 'check_violation', constraint = 'prescription_plan_open';
    end if;
    return new;
end
$$;

create trigger prescription_plan_open
    before insert or update on prescription
    for each row when (new.active)
    execute function prescription_refuse_closed_plan();

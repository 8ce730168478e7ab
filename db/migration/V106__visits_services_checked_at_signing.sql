-- EPISODE.md R5 at sign: what a signed note's services must hold, whoever signs it. A draft may be
-- incomplete (the service checks it at each write and answers the friendly problems); once signed, a
-- note never changes, so checking here when it is signed holds the rules for every signed note.
-- Not held here: total treatment minutes within the visit's duration plus the configurable overrun
-- (ilium.episode.visit-overrun-minutes lives in the service's configuration, not in the schema).

-- Signings on one patient's date of service take turns, so that each sees the others' notes (READ
-- COMMITTED: a query run after the lock is taken sees every signing committed before). The service takes
-- the same lock before it checks, for the friendly problem; this trigger takes it again (re-entrant).
create function visit_note_lock_date_of_service(patient uuid, day date) returns void
    language sql as
$$
select pg_advisory_xact_lock(hashtextextended('visit-note-date-of-service:' || patient || ':' || day, 0))
$$;

create function visit_note_check_services_at_signing() returns trigger
    language plpgsql as
$$
declare
    has_services  boolean;
    timed_minutes integer;
    manual_97140  integer;
    manual_given  integer;
    evaluations   integer;
    re_evaluation boolean;
    plans         integer;
begin
    select count(*) > 0,
           coalesce(sum(minutes) filter (where cpt <> '97164'), 0),
           coalesce(sum(minutes) filter (where cpt = '97140'), 0)
      into has_services, timed_minutes, manual_97140
      from visit_note_service where visit_note_id = new.id;
    if has_services then
        if new.treatment_plan_id is null then
            raise exception 'a visit note with services names the treatment plan they are given under'
                using errcode = 'check_violation', constraint = 'visit_note_services_under_a_plan';
        end if;
        if new.total_treatment_minutes is null then
            raise exception 'a visit note with services is signed with its total treatment minutes'
                using errcode = 'check_violation', constraint = 'visit_note_signed_services_total_minutes';
        end if;
        select coalesce(sum(minutes), 0) into manual_given from visit_note_manual_therapy where visit_note_id = new.id;
        if manual_given <> manual_97140 then
            raise exception 'the minutes of 97140 are the minutes of the manual therapy recorded'
                using errcode = 'check_violation', constraint = 'visit_note_manual_therapy_is_97140';
        end if;
    end if;
    if new.total_treatment_minutes < timed_minutes then
        raise exception 'the total treatment minutes cover at least the timed minutes'
            using errcode = 'check_violation', constraint = 'visit_note_total_covers_timed_minutes';
    end if;

    -- Per date of service, over the patient's signed notes (this one included): one evaluation code
    -- (97161-97163 or 97164), and one plan.
    perform visit_note_lock_date_of_service(new.patient_id, new.date_of_service);
    select count(*) filter (where n.evaluation_presentation is not null),
           bool_or(exists (select from visit_note_service s where s.visit_note_id = n.id and s.cpt = '97164')),
           count(distinct n.treatment_plan_id)
      into evaluations, re_evaluation, plans
      from visit_note n
     where n.patient_id = new.patient_id and n.date_of_service = new.date_of_service
       and (n.status = 'SIGNED' or n.id = new.id);
    if evaluations > 1 or (evaluations = 1 and re_evaluation) then
        raise exception 'a date of service has one evaluation or re-evaluation'
            using errcode = 'check_violation', constraint = 'visit_note_one_evaluation_per_date';
    end if;
    if plans > 1 then
        raise exception 'a date of service is billed under one treatment plan'
            using errcode = 'check_violation', constraint = 'visit_note_one_plan_per_date';
    end if;
    return new;
end
$$;

create trigger visit_note_services_checked_at_signing
    after update of status on visit_note
    for each row when (old.status = 'DRAFT' and new.status = 'SIGNED')
    execute function visit_note_check_services_at_signing();

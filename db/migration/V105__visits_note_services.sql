-- Services on visit notes (EPISODE.md "Visit note", R1, R5, R6): the plan the visit is billed under,
-- the CPT lines given with their minutes, the total treatment time, the code preferred for an equal
-- remainder, and the four components of an initial evaluation's complexity. Units are never stored:
-- billing computes them from these at each read.

-- The note's copy of its appointment's type (its visit type): R5 ties evaluation complexity to initial
-- evaluations and 97164 to re-evaluations. Scheduling never changes an appointment's type, and the foreign
-- key below keeps the copy equal to it whoever writes (as V65/V66 do for the therapist and the duration).
alter table appointment add constraint appointment_id_type_unique unique (id, type);

alter table visit_note
    add column visit_type                           varchar(20),
    add column treatment_plan_id                    uuid,
    add column total_treatment_minutes              smallint,
    add column preferred_for_remainder              varchar(5),
    add column evaluation_personal_factors          smallint,
    add column evaluation_examined_elements         smallint,
    add column evaluation_presentation              varchar(10),
    add column evaluation_decision_making           varchar(10),
    -- The appointment's clinic-local date, set when the note is signed: a signed note stands on a
    -- checked-in visit, which can no longer be moved. Billing reads signed notes by it.
    add column date_of_service                      date;

-- Filling in the copies is not a change of any note's content; the signed-note guard stands aside for
-- this one statement only.
alter table visit_note disable trigger visit_note_signed_unchangeable;
update visit_note n
   set visit_type = a.type,
       date_of_service = case when n.status = 'SIGNED'
                              then (a.starts_at at time zone '${clinic_time_zone}')::date end
  from appointment a
 where a.id = n.appointment_id;
alter table visit_note enable trigger visit_note_signed_unchangeable;

alter table visit_note
    alter column visit_type set not null,
    add constraint visit_note_visit_type_of_its_appointment foreign key (appointment_id, visit_type)
        references appointment (id, type),
    add constraint visit_note_id_visit_type_unique unique (id, visit_type),
    -- EPISODE.md R5: the plan is one of the patient's own (422 unknown-treatment-plan).
    add constraint visit_note_plan_of_the_patient foreign key (treatment_plan_id, patient_id)
        references treatment_plan (id, patient_id),
    add constraint visit_note_total_treatment_minutes_range check (total_treatment_minutes between 1 and 600),
    add constraint visit_note_preferred_for_remainder_timed check (preferred_for_remainder in
        ('97035', '97110', '97112', '97116', '97140', '97530', '97535')),
    add constraint visit_note_evaluation_personal_factors_range check (evaluation_personal_factors between 0 and 20),
    add constraint visit_note_evaluation_examined_elements_range check (evaluation_examined_elements between 1 and 20),
    add constraint visit_note_evaluation_presentation_known check (evaluation_presentation in
        ('STABLE', 'EVOLVING', 'UNSTABLE')),
    add constraint visit_note_evaluation_decision_making_known check (evaluation_decision_making in
        ('LOW', 'MODERATE', 'HIGH')),
    -- The four components come together or not at all: R6 needs every one to choose the code.
    add constraint visit_note_evaluation_complexity_complete check (
        num_nulls(evaluation_personal_factors, evaluation_examined_elements, evaluation_presentation,
                  evaluation_decision_making) in (0, 4)),
    add constraint visit_note_evaluation_on_initial_evaluation check (
        evaluation_presentation is null or visit_type = 'INITIAL_EVALUATION'),
    -- R5 at sign: an initial evaluation billed under a plan says how complex it was.
    add constraint visit_note_signed_evaluation_complexity check (
        status <> 'SIGNED' or visit_type <> 'INITIAL_EVALUATION' or treatment_plan_id is null
        or evaluation_presentation is not null),
    add constraint visit_note_signed_dated check ((status = 'SIGNED') = (date_of_service is not null));

-- Billing days read a patient's signed notes over a date range, and a plan's signed notes; the plan index
-- also serves the foreign key (a lookup by plan id implies it is not null).
create index visit_note_patient_date_of_service_idx on visit_note (patient_id, date_of_service, signed_at)
    where status = 'SIGNED';
create index visit_note_treatment_plan_idx on visit_note (treatment_plan_id, date_of_service, signed_at)
    where treatment_plan_id is not null;

-- One line per code given (R1): the timed codes with their minutes, and 97164, which may carry minutes
-- that never count. The evaluation codes 97161-97163 are never lines: evaluation complexity gives them.
create table visit_note_service (
    visit_note_id uuid        not null,
    cpt           varchar(5)  not null,
    minutes       smallint,
    visit_type    varchar(20) not null,
    constraint visit_note_service_one_line_per_code primary key (visit_note_id, cpt),
    constraint visit_note_service_note_fk foreign key (visit_note_id, visit_type)
        references visit_note (id, visit_type),
    constraint visit_note_service_cpt_known check (cpt in
        ('97035', '97110', '97112', '97116', '97140', '97530', '97535', '97164')),
    constraint visit_note_service_minutes_range check (minutes between 1 and 120),
    constraint visit_note_service_timed_has_minutes check (cpt = '97164' or minutes is not null),
    constraint visit_note_service_re_evaluation_on_re_evaluation_visit check (
        cpt <> '97164' or visit_type = 'RE_EVALUATION')
);

-- The code preferred for an equal remainder is one of the note's own timed lines. Deferred: a draft's
-- lines are replaced after the note's row is written, within one transaction.
alter table visit_note add constraint visit_note_preferred_for_remainder_given
    foreign key (id, preferred_for_remainder) references visit_note_service (visit_note_id, cpt)
    deferrable initially deferred;

-- The lines of a signed note are part of it: frozen with it, never removed (V30's guard).
create trigger visit_note_service_signed_unchangeable
    before insert or update or delete on visit_note_service
    for each row execute function visit_note_part_refuse_change();
create trigger visit_note_service_no_truncate before truncate on visit_note_service
    for each statement execute function visit_note_refuse_truncate();

-- R5: services are billed under a plan. Checked as each line is written (the note's row is written
-- first), and again when the note is signed (V106).
create function visit_note_service_check_plan() returns trigger
    language plpgsql as
$$
begin
    if (select treatment_plan_id from visit_note where id = new.visit_note_id) is null then
        raise exception 'a visit note with services names the treatment plan they are given under'
            using errcode = 'check_violation', constraint = 'visit_note_services_under_a_plan';
    end if;
    return new;
end
$$;

create trigger visit_note_services_under_a_plan
    after insert or update on visit_note_service
    for each row execute function visit_note_service_check_plan();

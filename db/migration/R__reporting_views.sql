-- The reporting module's read model: the only way reports see other modules' data. Each view
-- publishes just the columns reports need, so a module may reshape its tables behind its view.
-- Repeatable: Flyway re-creates them whenever this file changes.

create or replace view report_therapist as
select id, first_name || ' ' || last_name as name, active
  from therapist;

create or replace view report_patient as
select id, created_at
  from patient;

create or replace view report_appointment as
select id, therapist_id, patient_id, starts_at, ends_at, duration_minutes, status, late_cancellation
  from appointment;

create or replace view report_working_hours as
select therapist_id, day_of_week, start_time, end_time
  from therapist_working_hours;

-- Cancelled time off frees its time (API.md, Therapists): it is no longer subtracted from available hours.
create or replace view report_time_off as
select therapist_id, tstzrange(starts_at, ends_at) as span
  from therapist_time_off
 where cancelled_at is null;

create or replace view report_treatment_plan as
select id, patient_id, therapist_id, protocol_id, status, activated_at,
       coalesce(completed_at, discontinued_at) as ended_at
  from treatment_plan;

create or replace view report_protocol as
select p.id, v.name
  from protocol p
  join protocol_version v on v.protocol_id = p.id and v.version = p.current_version;

-- A measure entered in error leaves every report (DOMAIN.md "Outcome measures").
create or replace view report_outcome as
select patient_id, treatment_plan_id, instrument, taken_on, seq, score
  from outcome_measure
 where entered_in_error_at is null;

-- The activities of each PSFS in report_outcome, by the measure's seq, for psfs_comparable_means.
create or replace view report_psfs_activity as
select m.seq as outcome_seq, a.name, a.score::integer as score
  from psfs_activity a
  join outcome_measure m on m.id = a.outcome_measure_id
 where m.entered_in_error_at is null;

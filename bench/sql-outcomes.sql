-- Outcomes by therapist for 2026-03-01..2026-05-29, straight against the tables: the patients
-- measured in the period, then each one's first and newest measure in that therapist's plans.
set jit = off;
with in_period as (
    select distinct p.therapist_id, o.patient_id, o.instrument
      from outcome_measure o join treatment_plan p on p.id = o.treatment_plan_id
     where o.taken_on between date '2026-03-01' and date '2026-05-29'),
per_patient as (
    select m.therapist_id, m.instrument, e.baseline, e.latest
      from in_period m
      cross join lateral (
          select (min(array[o.taken_on - date '2000-01-01', o.seq, o.score]))[3] as baseline,
                 (max(array[o.taken_on - date '2000-01-01', o.seq, o.score]))[3] as latest
            from outcome_measure o join treatment_plan p on p.id = o.treatment_plan_id
           where o.patient_id = m.patient_id and o.instrument = m.instrument
             and o.taken_on <= date '2026-05-29' and p.therapist_id = m.therapist_id) e)
select therapist_id, instrument, count(*), avg(baseline), avg(latest), avg(latest - baseline),
       avg(case when outcome_improved_by_mcid(instrument, baseline, latest) then 1 else 0 end)
  from per_patient group by therapist_id, instrument;

-- Demo clinical care, so the outcome summaries and the admin's reports have something to show:
-- six demo patients on SI joint plans (four with the seeded protocol, two without), each with NPRS
-- taken every two weeks over the last eight weeks and an RMDQ at the start and now. Dates are relative to
-- the day this ran. Idempotent: fixed ids, re-running inserts nothing twice.
--
-- Recorded under the same rules as the API (DOMAIN.md "Where the rules live"): every patient on a plan
-- was screened before it began and again within the last 30 days; Priya Raman's first screening was a
-- referral (history of cancer) that her physician cleared; each plan was made as a DRAFT with a goal and
-- prescriptions, then activated, every move in its status history. Grace Okoye was screened this week
-- with possible cauda equina and awaits her physician: the gate keeps her from treatment.
insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
                       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
                       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
                       immunosuppression_or_iv_drug_use, pain_side, pain_locations, symptoms, contributing_factors,
                       nprs, red_flags, disposition, cleared_by, cleared_by_npi, cleared_on, clearance_note,
                       clearance_recorded_at, clearance_recorded_by)
select ('00000000-0000-4000-8000-0000000007' || n || k)::uuid,
       ('00000000-0000-4000-8000-00000000020' || n)::uuid,
       current_date - days, author, now() - make_interval(days => days), false, true, false, false, false, false,
       false, referral, false, false, false, 'LEFT', '{LOWER_BACK,BUTTOCKS}', '{WORSE_ON_STANDING_UP}', '{}', 6,
       case when referral then '{POSSIBLE_MALIGNANCY}'::text[] else '{}'::text[] end,
       case when referral then 'REFER_TO_PHYSICIAN' else 'CLEAR_TO_TREAT' end,
       case when referral then 'Dr. Helen Park' end, case when referral then '1234567893' end,
       case when referral then current_date - days + 2 end,
       case when referral then 'Breast cancer in 2009, in remission; cleared for conservative care.' end,
       case when referral then now() - make_interval(days => days - 2) end,
       case when referral then author end
  from generate_series(1, 6) n, (values (0, 60), (1, 14)) taken (k, days),
       lateral (select n = 5 and k = 0 as referral,
                       case when n % 2 = 1 then '00000000-0000-4000-8000-000000000003'::uuid
                            else '00000000-0000-4000-8000-000000000004'::uuid end as author) a
on conflict do nothing;

insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
                       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
                       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
                       immunosuppression_or_iv_drug_use, pain_locations, symptoms, contributing_factors, nprs,
                       red_flags, disposition)
values ('00000000-0000-4000-8000-000000000770', '00000000-0000-4000-8000-000000000207', current_date - 1,
        '00000000-0000-4000-8000-000000000003', now() - interval '1 day', false, true, false, true, true, false,
        false, false, false, false, false, '{LOWER_BACK,BUTTOCKS}', '{NUMBNESS_TINGLING}', '{}', 7,
        '{POSSIBLE_CAUDA_EQUINA}', 'URGENT_REFERRAL')
on conflict do nothing;

insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version, diagnosis_code,
                            visits_per_week, duration_weeks, start_date, education_topics, created_at, created_by)
select ('00000000-0000-4000-8000-00000000060' || n)::uuid,
       ('00000000-0000-4000-8000-00000000020' || n)::uuid,
       case when n % 2 = 1 then '00000000-0000-4000-8000-000000000101'::uuid
            else '00000000-0000-4000-8000-000000000102'::uuid end,
       case when n <= 4 then '00000000-0000-4000-b000-000000000001'::uuid end,
       case when n <= 4 then 1 end,
       'M53.3', 2, 8, current_date - 56, '{POSTURE,SITTING}', now() - interval '57 days',
       case when n % 2 = 1 then '00000000-0000-4000-8000-000000000003'::uuid
            else '00000000-0000-4000-8000-000000000004'::uuid end
  from generate_series(1, 6) n
on conflict do nothing;

-- Inserted only while the plan has none: the numbering trigger (V101) counts every insert attempted,
-- even one ON CONFLICT then skips, so a re-run would skip goal numbers.
insert into treatment_plan_goal (plan_id, position, description, target_date)
select ('00000000-0000-4000-8000-00000000060' || n)::uuid, g.position, g.description, current_date - 56 + g.weeks * 7
  from generate_series(1, 6) n,
       (values (1, 'Sit through a workday with pain at most 2/10', 4),
               (2, 'Walk 30 minutes and climb stairs without SI joint pain', 8)) g (position, description, weeks)
 where not exists (select from treatment_plan_goal existing
                    where existing.plan_id = ('00000000-0000-4000-8000-00000000060' || n)::uuid);

insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 1, 'DRAFT', created_at, created_by
  from treatment_plan where id::text like '00000000-0000-4000-8000-00000000060_'
on conflict do nothing;

-- The seeded protocol's three exercises for the first four, clamshell and pelvic tilt for the other two,
-- each at the library's dose, prescribed the day the plan was made and progressing from its start.
insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day, days_per_week, side,
                          progression_target_hold_seconds, progression_step_seconds, progression_every_days,
                          dose_since, prescribed_on, position, created_at)
select ('00000000-0000-4000-8000-0000000008' || n || e.position)::uuid,
       ('00000000-0000-4000-8000-00000000060' || n)::uuid, x.id, x.sets, x.reps, x.hold_seconds, x.times_per_day,
       x.days_per_week, x.side, x.progression_target_hold_seconds, x.progression_step_seconds,
       x.progression_every_days, current_date - 56, current_date - 57, e.position, now() - interval '57 days'
  from generate_series(1, 6) n,
       lateral (select * from (values (1, 1), (2, 2), (3, 3)) seed (position, exercise) where n <= 4
                union all
                select * from (values (1, 4), (2, 7)) other (position, exercise) where n > 4) e,
       exercise x
 where x.id = ('00000000-0000-4000-a000-00000000000' || e.exercise)::uuid
on conflict do nothing;

with activated as (
    update treatment_plan set status = 'ACTIVE', activated_at = now() - interval '56 days', version = version + 1
     where id::text like '00000000-0000-4000-8000-00000000060_' and status = 'DRAFT'
    returning id, created_by)
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 2, 'ACTIVE', now() - interval '56 days', created_by from activated;

-- NPRS falls by n - 1 points a fortnight from 7 (patient 1 stays at 7: not everyone improves).
insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score, nprs_score,
                             recorded_by, created_at)
select ('00000000-0000-4000-8000-0000000004' || n || k)::uuid,
       ('00000000-0000-4000-8000-00000000020' || n)::uuid,
       ('00000000-0000-4000-8000-00000000060' || n)::uuid,
       'NPRS', current_date - 56 + k * 14, greatest(0, 7 - k * (n - 1)), greatest(0, 7 - k * (n - 1)),
       '00000000-0000-4000-8000-000000000003', now()
  from generate_series(1, 6) n, generate_series(0, 4) k
on conflict do nothing;

-- RMDQ at the start and now: 8 + n items ticked, then 3 fewer for every point NPRS fell a fortnight.
insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score, rmdq_answers,
                             recorded_by, created_at)
select ('00000000-0000-4000-8000-0000000005' || n || k)::uuid,
       ('00000000-0000-4000-8000-00000000020' || n)::uuid,
       ('00000000-0000-4000-8000-00000000060' || n)::uuid,
       'RMDQ', current_date - 56 + k * 14, ticked,
       (select array_agg(j <= ticked order by j) from generate_series(1, 24) j),
       '00000000-0000-4000-8000-000000000003', now()
  from generate_series(1, 6) n, (values (0), (4)) taken (k),
       lateral (select greatest(0, 8 + n - k / 4 * 3 * (n - 1)) as ticked) t
on conflict do nothing;

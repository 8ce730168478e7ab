-- Demo clinical care, so the outcome summaries and the admin's reports have something to show:
-- six demo patients on SI joint plans (four with the seeded protocol, two without), each with NPRS
-- taken every two weeks over the last eight weeks and an RMDQ at the start and now. Dates are relative to
-- the day this ran. Idempotent: fixed ids, re-running inserts nothing twice.
insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version, diagnosis_code,
                            visits_per_week, duration_weeks, start_date, status, education_topics,
                            activated_at, created_at, created_by)
select ('00000000-0000-4000-8000-00000000060' || n)::uuid,
       ('00000000-0000-4000-8000-00000000020' || n)::uuid,
       case when n % 2 = 1 then '00000000-0000-4000-8000-000000000101'::uuid
            else '00000000-0000-4000-8000-000000000102'::uuid end,
       case when n <= 4 then '00000000-0000-4000-b000-000000000001'::uuid end,
       case when n <= 4 then 1 end,
       'M53.3', 2, 8, current_date - 56, 'ACTIVE', '{POSTURE,SITTING}',
       now() - interval '56 days', now() - interval '56 days',
       case when n % 2 = 1 then '00000000-0000-4000-8000-000000000003'::uuid
            else '00000000-0000-4000-8000-000000000004'::uuid end
  from generate_series(1, 6) n
on conflict do nothing;

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

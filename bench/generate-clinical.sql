-- Clinical benchmark data on top of bench/generate.sql: a treatment plan for each of 40 000
-- patients (their therapist by patient number, the seeded SI joint protocol for half of them)
-- and 200 000 outcome measures linked to those plans (NPRS falling over a course of care, and
-- RMDQ), taken between 2025-01 and 2026-10.
\set ON_ERROR_STOP on
set synchronous_commit = off;

-- The plans go through the rules PostgreSQL holds for every plan (V53): born a DRAFT with a
-- goal and the first line of its status history, all checked at commit.
begin;
create temporary table bench_plan on commit drop as
select i, ('00000000-0000-4000-c000-' || lpad(i::text, 12, '0'))::uuid as id, date '2025-01-01' + (i * 13 % 600) as start_on
  from generate_series(1, 40000) i;

insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version, diagnosis_code,
                            visits_per_week, duration_weeks, start_date, status, education_topics,
                            created_at, created_by)
select id,
       ('00000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid,
       ('00000000-0000-4000-a000-' || lpad((1 + i % 50)::text, 12, '0'))::uuid,
       case when i % 2 = 0 then '00000000-0000-4000-b000-000000000001'::uuid end,
       case when i % 2 = 0 then 1 end,
       (array['M53.3', 'M46.1', 'M53.2X8', 'S33.6XXA'])[1 + i % 4], 2, 6,
       start_on, 'DRAFT', '{POSTURE,SITTING}', start_on::timestamptz, '00000000-0000-4000-9000-000000000001'
  from bench_plan;

insert into treatment_plan_goal (plan_id, position, description)
select id, 1, 'Sit through a working day without sacroiliac pain' from bench_plan;

insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 1, 'DRAFT', start_on::timestamptz, '00000000-0000-4000-9000-000000000001' from bench_plan;
commit;

-- Then each is activated on its start date through the red-flag gate, which locks per patient:
-- a thousand plans a transaction keeps those locks within PostgreSQL's lock table.
do $$
begin
    for batch in 0..39 loop
        with activated as (
            update treatment_plan set status = 'ACTIVE', activated_at = start_date::timestamptz
             where id in (select ('00000000-0000-4000-c000-' || lpad(i::text, 12, '0'))::uuid
                            from generate_series(batch * 1000 + 1, batch * 1000 + 1000) i)
            returning id, activated_at)
        insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
        select id, 2, 'ACTIVE', activated_at, '00000000-0000-4000-9000-000000000001' from activated;
        commit;
    end loop;
end
$$;

-- Two in three completed after their six weeks, each with its signed discharge summary dated that
-- day (EPISODE.md R11; PostgreSQL refuses the completion without one, V122); the rest are still ACTIVE.
begin;
insert into episode_document (id, plan_id, kind, through_date, reason, body, status, author_id, created_at,
                              signed_at, home_program_at_discharge)
select gen_random_uuid(), ('00000000-0000-4000-c000-' || lpad(i::text, 12, '0'))::uuid, 'DISCHARGE_SUMMARY',
       date '2025-01-01' + (i * 13 % 600) + 42, 'GOALS_MET', 'Goals met; continues the home program.', 'SIGNED',
       '00000000-0000-4000-9000-000000000001', (date '2025-01-01' + (i * 13 % 600) + 42)::timestamptz,
       (date '2025-01-01' + (i * 13 % 600) + 42)::timestamptz, '[]'::jsonb
  from generate_series(1, 40000) i where i % 3 <> 0;
with completed as (
    update treatment_plan set status = 'COMPLETED', completed_at = (start_date + 42)::timestamptz
     where id in (select ('00000000-0000-4000-c000-' || lpad(i::text, 12, '0'))::uuid
                    from generate_series(1, 40000) i where i % 3 <> 0)
    returning id, completed_at)
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 3, 'COMPLETED', completed_at, '00000000-0000-4000-9000-000000000001' from completed;
commit;

-- Five measures a patient: NPRS at weeks 0, 2, 4 and 6; RMDQ at week 0.
insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score, nprs_score,
                             rmdq_answers, recorded_by, created_at)
select gen_random_uuid(),
       ('00000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid,
       ('00000000-0000-4000-c000-' || lpad(i::text, 12, '0'))::uuid,
       case when k < 4 then 'NPRS' else 'RMDQ' end,
       date '2025-01-01' + (i * 13 % 600) + k * 14,
       case when k < 4 then greatest(0, 8 - k * (1 + i % 3)) else rmdq_count end,
       case when k < 4 then greatest(0, 8 - k * (1 + i % 3)) end,
       case when k = 4 then (select array_agg(j <= rmdq_count order by j) from generate_series(1, 24) j) end,
       '00000000-0000-4000-9000-000000000001', now()
  from generate_series(1, 40000) i, generate_series(0, 4) k,
       lateral (select 6 + i % 15 as rmdq_count) r;

analyze treatment_plan;
analyze treatment_plan_status_history;
analyze outcome_measure;

-- Demo episode of care (EPISODE.md), so certifications, progress reports, billing days, the KX ledger
-- and the compliance worklist have something to show. Two new patients in the 16:15 slot that the
-- schedule (R__demo_4) leaves free, their visits before the day this ran (clinic time):
-- * Walter Brooks (…0213), Medicare Part B, Maya Okafor's patient: an initial evaluation and eight
--   visits on the last nine Monday/Wednesday/Friday, signed notes mixing 97110, 97112, 97140 and
--   97530 (97140's minutes those of the manual therapy charted); interval 1 of his plan of care was
--   signed by the referring physician nine days after the first visit (CERTIFIED); nine treatment days
--   and no progress report yet, so it is DUE_SOON. His ledger starts the year at 2,400.00 allowed
--   elsewhere, so the evaluation day already bills KX.
-- * Rosa Delgado (…0214), commercial on the CPT rule, Daniel Reyes's patient: four visits on the
--   last four Tuesday/Thursday, minutes where the CPT rule and Medicare's 8-minute rule differ
--   (97110 33 + 97530 7: two units by CPT, three by CMS).
-- Recorded under the same rules as the API: screened before the plan began (within 30 days), each
-- plan a DRAFT with a measurable long-term goal, then activated, every move in its status history;
-- notes written as drafts with their services and manual therapy, then signed, so PostgreSQL checks
-- them at signing (V105, V106, V107). Idempotent: fixed ids; rows that a trigger guards or numbers
-- on insert (goals, a note's services and manual therapy) are inserted only while missing or the
-- note is a draft. Ids end in: patient 0213/0214, plan 0613/0614, screening 0713/0714, outcome
-- 41301/41401, and with ii the visit or position: appointment 313ii/314ii, prescription 813ii/814ii,
-- note 913ii/914ii.

-- The two patients' visits: the last nine Mon/Wed/Fri and the last four Tue/Thu before today, and the
-- next such day booked ahead.
create temporary table demo_episode_visit on commit drop as
with today as (select (now() at time zone 'America/Los_Angeles')::date as d),
     patients (p, therapist, author, weekdays, visits) as (
         values ('3', '00000000-0000-4000-8000-000000000101'::uuid, '00000000-0000-4000-8000-000000000003'::uuid,
                 '{1,3,5}'::int[], 9),
                ('4', '00000000-0000-4000-8000-000000000102'::uuid, '00000000-0000-4000-8000-000000000004'::uuid,
                 '{2,4}'::int[], 4)),
     past as (
         select p.p, p.therapist, p.author, day, row_number() over (partition by p.p order by day)::int as i
           from patients p, today,
                lateral (select day::date from generate_series(d - 35, d - 1, interval '1 day') day
                          where extract(isodow from day) = any (p.weekdays)
                          order by day desc limit p.visits) last),
     ahead as (
         select p.p, p.therapist, p.author,
                (select min(day::date) from generate_series(d + 1, d + 7, interval '1 day') day
                  where extract(isodow from day) = any (p.weekdays)) as day,
                p.visits + 1 as i
           from patients p, today)
select v.p, v.i, v.day, v.therapist, v.author, v.day < today.d as attended,
       ('00000000-0000-4000-8000-00000000021' || v.p)::uuid as patient,
       ('00000000-0000-4000-8000-00000000061' || v.p)::uuid as plan,
       ('00000000-0000-4000-8000-000000031' || v.p || lpad(v.i::text, 2, '0'))::uuid as appointment,
       ('00000000-0000-4000-8000-000000091' || v.p || lpad(v.i::text, 2, '0'))::uuid as note,
       case when v.i = 1 then 'INITIAL_EVALUATION' else 'FOLLOW_UP' end as type,
       (v.day + time '16:15') at time zone 'America/Los_Angeles' as starts_at,
       first.day as d0
  from (select * from past union all select * from ahead) v
  join past first on first.p = v.p and first.i = 1, today;

insert into patient (id, first_name, last_name, date_of_birth, sex, phone, email, city, created_at)
select patient, first_name, last_name, date_of_birth, sex, phone, email, city,
       (d0 - 3 + time '10:00') at time zone 'America/Los_Angeles'
  from demo_episode_visit
  join (values ('3', 'Walter', 'Brooks', date '1951-05-12', 'MALE', '+1 415 555 0213', 'walter.brooks@example.com',
                'San Francisco'),
               ('4', 'Rosa', 'Delgado', date '1984-09-03', 'FEMALE', '+1 415 555 0214', null, 'Oakland'))
       person (p, first_name, last_name, date_of_birth, sex, phone, email, city) using (p)
 where i = 1
on conflict do nothing;

-- Booked at registration (the evaluation) or a week ahead; the past ones completed, the next one booked.
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status,
                         checked_in_at, completed_at, created_at)
select appointment, patient, therapist, starts_at, starts_at + interval '45 minutes', 45, type,
       case when attended then 'COMPLETED' else 'BOOKED' end,
       case when attended then starts_at end,
       case when attended then starts_at + interval '45 minutes' end,
       greatest((d0 - 3 + time '10:05') at time zone 'America/Los_Angeles', starts_at - interval '7 days')
  from demo_episode_visit
on conflict do nothing;

-- Screened at the evaluation, before the plan began: no red flag.
insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
                       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
                       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
                       immunosuppression_or_iv_drug_use, pain_side, pain_locations, symptoms, contributing_factors,
                       nprs, red_flags, disposition)
select ('00000000-0000-4000-8000-00000000071' || p)::uuid, patient, day, author, starts_at + interval '5 minutes',
       false, true, false, false, false, false, false, false, false, false, false, 'LEFT', '{LOWER_BACK,BUTTOCKS}',
       '{WORSE_ON_STANDING_UP}', '{}', case p when '3' then 7 else 5 end, '{}', 'CLEAR_TO_TREAT'
  from demo_episode_visit
 where i = 1
on conflict do nothing;

-- The plans of care, made at the evaluation: Medicare with the referral on file, 3x/week for 8 weeks;
-- commercial on the CPT rule, 2x/week for 6 weeks.
insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week, duration_weeks, start_date,
                            education_topics, payer_profile, planned_services, referral_practitioner_name,
                            referral_npi, referral_order_date, referral_order_on_file, created_at, created_by)
select plan, patient, therapist, 'M53.3', c.visits_per_week, c.duration_weeks, d0, '{POSTURE,SITTING}',
       c.payer_profile, c.planned_services, c.referral_name, c.referral_npi, d0 - c.ordered_days_before,
       case when c.referral_name is not null then true end, starts_at + interval '30 minutes', author
  from demo_episode_visit
  join (values ('3', 3, 8, 'MEDICARE_PART_B', '{97110,97112,97140,97530}'::text[], 'Dr. Helen Park', '1234567893', 6),
               ('4', 2, 6, 'COMMERCIAL_CPT_RULE', '{97110,97112,97140,97530}'::text[], null, null, null))
       c (p, visits_per_week, duration_weeks, payer_profile, planned_services, referral_name, referral_npi,
          ordered_days_before) using (p)
 where i = 1
on conflict do nothing;

-- Measurable goals: the long-term one by the plan's end, a short-term one at four weeks. Inserted only
-- while the plan has none (the numbering trigger counts every insert attempted).
insert into treatment_plan_goal (plan_id, position, term, description, target_date, measure_kind, measure_instrument,
                                 measure_unit, measure_baseline, measure_target, measure_comparator)
select plan, g.position, g.term, g.description, d0 + g.target_days, g.kind, g.instrument, g.unit, g.baseline,
       g.target, g.comparator
  from demo_episode_visit
  join (values ('3', 1, 'LONG_TERM', 'Walk 30 minutes and climb a flight of stairs with SI joint pain at most 2/10',
                55, 'OUTCOME_INSTRUMENT', 'NPRS', null, 7, 2, 'AT_MOST'),
               ('3', 2, 'SHORT_TERM', 'Sit through a 45-minute meal without getting up for pain', 27, 'OTHER', null,
                'minutes', 10, 45, 'AT_LEAST'),
               ('4', 1, 'LONG_TERM', 'Lift her two-year-old with SI joint pain at most 1/10', 41,
                'OUTCOME_INSTRUMENT', 'NPRS', null, 5, 1, 'AT_MOST'))
       g (p, position, term, description, target_days, kind, instrument, unit, baseline, target, comparator)
       using (p)
 where i = 1
   and not exists (select from treatment_plan_goal existing where existing.plan_id = demo_episode_visit.plan);

insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select plan, 1, 'DRAFT', starts_at + interval '30 minutes', author from demo_episode_visit where i = 1
on conflict do nothing;

-- Two home exercises each at the library's dose, prescribed at the evaluation.
insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day, days_per_week, side,
                          progression_target_hold_seconds, progression_step_seconds, progression_every_days,
                          dose_since, prescribed_on, position, created_at)
select ('00000000-0000-4000-8000-000000081' || v.p || lpad(e.position::text, 2, '0'))::uuid, v.plan, x.id, x.sets,
       x.reps, x.hold_seconds, x.times_per_day, x.days_per_week, x.side, x.progression_target_hold_seconds,
       x.progression_step_seconds, x.progression_every_days, v.day, v.day, e.position,
       v.starts_at + interval '35 minutes'
  from demo_episode_visit v
  join (values ('3', 1, 3), ('3', 2, 6), ('4', 1, 4), ('4', 2, 7)) e (p, position, exercise) using (p)
  join exercise x on x.id = ('00000000-0000-4000-a000-00000000000' || e.exercise)::uuid
 where v.i = 1
on conflict do nothing;

with activated as (
    update treatment_plan p set status = 'ACTIVE', activated_at = v.starts_at + interval '40 minutes',
                                version = p.version + 1
      from demo_episode_visit v
     where v.i = 1 and p.id = v.plan and p.status = 'DRAFT'
    returning p.id, p.activated_at, p.created_by)
insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
select id, 2, 'ACTIVE', activated_at, created_by from activated;

-- NPRS at the evaluation, the long-term goal's baseline.
insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score, nprs_score, recorded_by,
                             created_at)
select ('00000000-0000-4000-8000-000000041' || p || '01')::uuid, patient, plan, 'NPRS', day,
       case p when '3' then 7 else 5 end, case p when '3' then 7 else 5 end, author, starts_at + interval '20 minutes'
  from demo_episode_visit
 where i = 1
on conflict do nothing;

-- The visit notes, drafted during each visit. Minutes per line (EPISODE.md's worked examples where they
-- fit): Walter's 4th visit is U11 (97110 33, 97140 7: 2 + 1 units), his 5th U10 (a tie the lower code
-- wins), his 6th bills 97140 with 97530 (an NCCI pair to review).
create temporary table demo_episode_note on commit drop as
select *
  from (values ('3', 1, 45, 'Left buttock pain sitting and on stairs for three months', 'Laslett 3/5 positive, ASLR 2',
                'Left SI joint pain, evolving, diabetes and osteoporosis to consider',
                'Plan of care 3x/week for 8 weeks, home program started', 7, 6, 2, 3, 'EVOLVING', 'MODERATE'),
               ('3', 2, 43, 'Stairs still painful', 'Left SI joint hypomobile', 'Responding to mobilisation',
                'Continue', 7, 5, null, null, null, null),
               ('3', 3, 40, 'Sat through a short meal', 'Sit-to-stand 5 times in 16 s', 'Better tolerance',
                'Progress functional training', 6, 5, null, null, null, null),
               ('3', 4, 42, 'Flare after gardening', 'Left SI joint tender', 'Flare settling',
                'Back to exercise focus', 6, 4, null, null, null, null),
               ('3', 5, 42, 'Balance on stairs better', 'Single-leg stance 8 s left', 'Improving control',
                'Add balance work', 5, 4, null, null, null, null),
               ('3', 6, 40, 'Walked 20 minutes', 'Left SI joint glide improved', 'Good response',
                'Continue functional training', 5, 3, null, null, null, null),
               ('3', 7, 45, 'Climbed one flight slowly', 'Sit-to-stand 5 times in 13 s', 'On track for goals',
                'Continue', 4, 3, null, null, null, null),
               ('3', 8, 40, 'Sits 30 minutes', 'Left SI joint mobile, non-tender', 'Short-term goal near',
                'Continue', 4, 3, null, null, null, null),
               ('3', 9, 40, 'Walked 25 minutes', 'Single-leg stance 15 s left', 'Progress report due soon',
                'Progress report at the next visit', 4, 2, null, null, null, null),
               ('4', 1, 45, 'Right buttock pain since her pregnancy', 'Laslett 3/5 positive',
                'Right SI joint pain, stable', 'Plan of care 2x/week for 6 weeks', 5, 4, 0, 2, 'STABLE', 'LOW'),
               ('4', 2, 40, 'Lifting her toddler hurts', 'Bridge holds 10 s', 'Improving',
                'Progress strengthening', 5, 4, null, null, null, null),
               ('4', 3, 25, 'Short visit, running late', 'Lumbar paraspinals tight', 'Tolerating load',
                'Continue', 4, 3, null, null, null, null),
               ('4', 4, 44, 'Carried groceries without pain', 'Single-leg stance 30 s', 'Near goal',
                'Continue', 3, 2, null, null, null, null))
       n (p, i, total_minutes, subjective, objective, assessment, plan, pain_before, pain_after, personal_factors,
          examined_elements, presentation, decision_making);

create temporary table demo_episode_service on commit drop as
select *
  from (values ('3', 1, '97110', 15), ('3', 2, '97110', 23), ('3', 2, '97140', 15), ('3', 3, '97110', 18),
               ('3', 3, '97530', 20), ('3', 4, '97110', 33), ('3', 4, '97140', 7), ('3', 5, '97110', 20),
               ('3', 5, '97112', 20), ('3', 6, '97140', 12), ('3', 6, '97530', 25), ('3', 7, '97110', 30),
               ('3', 7, '97530', 15), ('3', 8, '97110', 25), ('3', 8, '97140', 13), ('3', 9, '97110', 22),
               ('3', 9, '97530', 16),
               ('4', 1, '97110', 12), ('4', 2, '97110', 33), ('4', 2, '97530', 7), ('4', 3, '97110', 10),
               ('4', 3, '97140', 10), ('4', 4, '97110', 22), ('4', 4, '97112', 22))
       s (p, i, cpt, minutes);

-- 97140's minutes, technique by technique.
create temporary table demo_episode_manual_therapy on commit drop as
select *
  from (values ('3', 2, 0, 'JOINT_MOBILIZATION', 'SACROILIAC_JOINT', 'LEFT', 3, 10, 'Less pain on sit-to-stand'),
               ('3', 2, 1, 'SOFT_TISSUE_MOBILIZATION', 'LUMBAR_SPINE', null, null, 5, null),
               ('3', 4, 0, 'MUSCLE_ENERGY_TECHNIQUE', 'SACROILIAC_JOINT', 'LEFT', null, 7, 'Pain eased to 4/10'),
               ('3', 6, 0, 'JOINT_MOBILIZATION', 'SACROILIAC_JOINT', 'LEFT', 3, 12, null),
               ('3', 8, 0, 'JOINT_MOBILIZATION', 'SACROILIAC_JOINT', 'LEFT', 4, 8, null),
               ('3', 8, 1, 'SOFT_TISSUE_MOBILIZATION', 'LUMBAR_SPINE', null, null, 5, null),
               ('4', 3, 0, 'SOFT_TISSUE_MOBILIZATION', 'LUMBAR_SPINE', null, null, 10, 'Less tight'))
       m (p, i, position, technique, region, side, grade, minutes, patient_response);

insert into visit_note (id, appointment_id, patient_id, therapist_id, author_user_id, subjective, objective,
                        assessment, plan, pain_before, pain_after, treatment_plan_id, total_treatment_minutes,
                        evaluation_personal_factors, evaluation_examined_elements, evaluation_presentation,
                        evaluation_decision_making, appointment_minutes, visit_type, created_at, updated_at)
select v.note, v.appointment, v.patient, v.therapist, v.author, n.subjective, n.objective, n.assessment, n.plan,
       n.pain_before, n.pain_after, v.plan, n.total_minutes, n.personal_factors, n.examined_elements,
       n.presentation, n.decision_making, 45, v.type, v.starts_at + interval '10 minutes',
       v.starts_at + interval '10 minutes'
  from demo_episode_visit v
  join demo_episode_note n using (p, i)
 where v.attended
on conflict do nothing;

insert into visit_note_service (visit_note_id, cpt, minutes, visit_type)
select v.note, s.cpt, s.minutes, v.type
  from demo_episode_visit v
  join demo_episode_service s using (p, i)
  join visit_note n on n.id = v.note and n.status = 'DRAFT';

insert into visit_note_manual_therapy (visit_note_id, position, technique, region, side, grade, minutes,
                                       patient_response)
select v.note, m.position, m.technique, m.region, m.side, m.grade, m.minutes, m.patient_response
  from demo_episode_visit v
  join demo_episode_manual_therapy m using (p, i)
  join visit_note n on n.id = v.note and n.status = 'DRAFT';

-- Signed at the end of each visit, oldest first, on the appointment's clinic-local date.
update visit_note n
   set status = 'SIGNED', signed_at = v.starts_at + interval '50 minutes', signed_by_user_id = v.author,
       updated_at = v.starts_at + interval '50 minutes', date_of_service = v.day, version = n.version + 1
  from demo_episode_visit v
 where n.id = v.note and n.status = 'DRAFT';

-- Interval 1 of Walter's plan (D0 .. the plan's end, within D0 + 89): sent to Dr. Park the day after
-- the evaluation, back signed eight days later, well within D0 + 30.
insert into certification_interval (plan_id, seq, interval_start, interval_end)
select plan, 1, d0, least(d0 + 7 * 8 - 1, d0 + 89) from demo_episode_visit where p = '3' and i = 1
on conflict do nothing;

insert into certification_write (plan_id, seq, revision, method, sent_on, signed_on, certifier_name, certifier_npi,
                                 written_by, written_at)
select plan, 1, w.revision, 'SIGNED', d0 + 1, w.signed_on, 'Dr. Helen Park', '1234567893', author,
       (w.written_on + time '12:00') at time zone 'America/Los_Angeles'
  from demo_episode_visit,
       lateral (values (1, null::date, d0 + 1), (2, d0 + 9, d0 + 9)) w (revision, signed_on, written_on)
 where p = '3' and i = 1
on conflict do nothing;

-- The year's billing configuration, as an admin would set it (kept if an admin already did): CMS's KX
-- and targeted-review thresholds of 2026, and round allowed amounts for the demo, not a fee schedule.
-- For the year the episode began and this one.
with configured as (
    insert into billing_configuration (year, kx_threshold, targeted_review_threshold)
    select distinct extract(year from day)::smallint, 2480.00, 3000.00
      from demo_episode_visit where p = '3' and attended
    on conflict do nothing
    returning year)
insert into billing_allowed_amount (year, cpt, amount)
select year, cpt, amount
  from configured,
       (values ('97035', 13.00), ('97110', 29.00), ('97112', 33.00), ('97116', 29.00), ('97140', 27.00),
               ('97161', 99.00), ('97162', 99.00), ('97163', 99.00), ('97164', 68.00), ('97530', 32.00),
               ('97535', 32.00)) a (cpt, amount);

-- Walter's physical therapy elsewhere earlier in the year his episode began (from the MAC's check).
insert into kx_ledger (patient_id, year, prior_ytd_allowed)
select patient, extract(year from d0)::smallint, 2400.00 from demo_episode_visit where p = '3' and i = 1
on conflict do nothing;

-- Demo front desk: a dozen patients, weekday hours for the two demo therapists, and a few
-- appointments around the day the demo database was created. Idempotent: re-running inserts nothing twice.
insert into patient (id, first_name, last_name, date_of_birth, sex, phone, email, city, created_at)
values ('00000000-0000-4000-8000-000000000201', 'José', 'Núñez', '1961-02-03', 'MALE', '+1 415 555 0201', 'jose.nunez@example.com', 'San Francisco', now()),
       ('00000000-0000-4000-8000-000000000202', 'Amelia', 'Hart', '1988-07-19', 'FEMALE', '+1 415 555 0202', 'amelia.hart@example.com', 'Oakland', now()),
       ('00000000-0000-4000-8000-000000000203', 'Chloé', 'Dubois', '1992-11-30', 'FEMALE', '+1 415 555 0203', null, 'Berkeley', now()),
       ('00000000-0000-4000-8000-000000000204', 'Marcus', 'Bell', '1975-04-08', 'MALE', '+1 415 555 0204', null, 'Daly City', now()),
       ('00000000-0000-4000-8000-000000000205', 'Priya', 'Raman', '1983-01-25', 'FEMALE', '+1 415 555 0205', 'priya.raman@example.com', 'San Mateo', now()),
       ('00000000-0000-4000-8000-000000000206', 'Søren', 'Lund', '1969-09-14', 'MALE', '+1 415 555 0206', null, 'San Francisco', now()),
       ('00000000-0000-4000-8000-000000000207', 'Grace', 'Okoye', '1995-06-02', 'FEMALE', '+1 415 555 0207', null, 'Oakland', now()),
       ('00000000-0000-4000-8000-000000000208', 'Tomás', 'Herrera', '1958-12-21', 'MALE', '+1 415 555 0208', null, 'Alameda', now()),
       ('00000000-0000-4000-8000-000000000209', 'Hannah', 'Weiss', '1990-03-11', 'FEMALE', '+1 415 555 0209', 'hannah.weiss@example.com', 'Palo Alto', now()),
       ('00000000-0000-4000-8000-000000000210', 'Kenji', 'Sato', '1979-08-27', 'MALE', '+1 415 555 0210', null, 'San Jose', now()),
       ('00000000-0000-4000-8000-000000000211', 'Fatima', 'Haddad', '1986-10-05', 'FEMALE', '+1 415 555 0211', null, 'Fremont', now()),
       ('00000000-0000-4000-8000-000000000212', 'Liam', 'O''Brien', '2001-05-16', 'MALE', '+1 415 555 0212', null, 'San Francisco', now())
on conflict do nothing;

-- Maya Okafor and Daniel Reyes work Monday to Friday, 08:00-17:00 clinic time.
insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
select therapist_id, day_of_week, time '08:00', time '17:00'
  from (values ('00000000-0000-4000-8000-000000000101'::uuid), ('00000000-0000-4000-8000-000000000102'::uuid)) t (therapist_id),
       generate_series(1, 5) day_of_week
on conflict do nothing;

-- Appointments on the previous and next weekdays (clinic time) around the day this ran.
with today as (select (now() at time zone 'America/Los_Angeles')::date as d),
     days as (
         select d - case extract(isodow from d) when 1 then 3 when 7 then 2 else 1 end as previous_weekday,
                d + case extract(isodow from d) when 5 then 3 when 6 then 2 else 1 end as next_weekday
           from today),
     visits (id, patient, therapist, on_day, at_time, minutes, type, status) as (
         values ('00000000-0000-4000-8000-000000000301'::uuid, '201', '101', 'previous', time '09:00', 60, 'INITIAL_EVALUATION', 'COMPLETED'),
                ('00000000-0000-4000-8000-000000000302'::uuid, '202', '101', 'previous', time '10:30', 45, 'FOLLOW_UP', 'COMPLETED'),
                ('00000000-0000-4000-8000-000000000303'::uuid, '203', '102', 'previous', time '09:00', 45, 'FOLLOW_UP', 'NO_SHOW'),
                ('00000000-0000-4000-8000-000000000304'::uuid, '204', '102', 'previous', time '11:00', 60, 'INITIAL_EVALUATION', 'COMPLETED'),
                ('00000000-0000-4000-8000-000000000305'::uuid, '205', '101', 'next', time '09:00', 45, 'FOLLOW_UP', 'BOOKED'),
                ('00000000-0000-4000-8000-000000000306'::uuid, '206', '101', 'next', time '10:00', 60, 'INITIAL_EVALUATION', 'BOOKED'),
                ('00000000-0000-4000-8000-000000000307'::uuid, '207', '102', 'next', time '09:30', 45, 'RE_EVALUATION', 'BOOKED'),
                ('00000000-0000-4000-8000-000000000308'::uuid, '201', '101', 'next', time '14:00', 45, 'FOLLOW_UP', 'BOOKED'),
                ('00000000-0000-4000-8000-000000000309'::uuid, '208', '102', 'next', time '15:00', 30, 'DISCHARGE', 'BOOKED'))
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status,
                         checked_in_at, completed_at, created_at)
select v.id,
       ('00000000-0000-4000-8000-000000000' || v.patient)::uuid,
       ('00000000-0000-4000-8000-000000000' || v.therapist)::uuid,
       starts_at,
       starts_at + make_interval(mins => v.minutes),
       v.minutes, v.type, v.status,
       case when v.status = 'COMPLETED' then starts_at end,
       case when v.status = 'COMPLETED' then starts_at + make_interval(mins => v.minutes) end,
       now()
  from visits v, days,
       lateral (select ((case v.on_day when 'previous' then previous_weekday else next_weekday end) + v.at_time)
                       at time zone 'America/Los_Angeles' as starts_at) s
on conflict do nothing;

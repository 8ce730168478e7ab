-- Benchmark data (bench/run.sh loads it once into the bench database, after the migrations):
-- 50 therapists working Mon-Fri 08:00-17:00, 100 000 patients with accented and plain names,
-- 1 000 000 appointments of 30 minutes from 2023 on (past ones completed, no-show or cancelled,
-- future ones booked), and an admin account bench-admin / ilium-demo-password.
\set ON_ERROR_STOP on
set synchronous_commit = off;

insert into staff_account (id, username, password_hash, role, created_at)
values ('00000000-0000-4000-9000-000000000001', 'bench-admin',
        '$2a$11$JJ2X687b5fVMCXEaOPMWSOWCBm6hiz6z2/FvRW0NkBQH5XYT7wStu', 'ADMIN', now());

insert into therapist (id, first_name, last_name, license_number)
select ('00000000-0000-4000-a000-' || lpad(t::text, 12, '0'))::uuid, 'Bench', 'Therapist ' || t, 'BENCH-' || t
  from generate_series(1, 50) t;

insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
select ('00000000-0000-4000-a000-' || lpad(t::text, 12, '0'))::uuid, d, time '08:00', time '17:00'
  from generate_series(1, 50) t, generate_series(1, 5) d;

-- (first, last, date of birth) is unique for i <= 120 000 (first: i mod 40, last: i/40 mod 200, birth: i mod 30 000).
insert into patient (id, first_name, last_name, date_of_birth, sex, phone, email, created_at)
select ('00000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid,
       (array['José','María','Ana','Zoë','Chloé','Renée','Noël','Inés','Björn','Søren','Ana','Luis','Emma','Olivia',
              'Liam','Noah','Ava','Mia','Lucas','Mateo','Sofía','Elena','Pedro','Jürgen','Amélie','François','Hélène',
              'Ngozi','Kwame','Priya','Arjun','Mei','Hiroshi','Yuki','Fatima','Omar','Leila','Tomás','Ruth','Sean'])[1 + i % 40],
       (array['García','Müller','Okafor','Nguyen','Smith','Johnson','Brown','Jones','Miller','Davis','Rodríguez',
              'Martínez','Hernández','López','González','Wilson','Anderson','Thomas','Taylor','Moore','Jackson',
              'Martin','Lee','Pérez','Thompson','White','Harris','Sánchez','Clark','Ramírez','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Torres','Núñez'])[1 + (i / 40) % 40]
           || case when (i / 1600) % 5 = 0 then '' else '-' || (array['Ibáñez','Schäfer','O''Brien','Dubois','Kowalski'])[1 + (i / 1600) % 5] end,
       date '1930-01-01' + (i % 30000),
       (array['FEMALE','MALE','OTHER','UNKNOWN'])[1 + i % 4],
       '+1 415 ' || lpad((i % 1000)::text, 3, '0') || ' ' || lpad(i::text, 4, '0'),
       'patient' || i || '@example.org',
       timestamptz '2023-01-01 00:00+00' + make_interval(mins => i * 17)
  from generate_series(1, 100000) i;

-- Slot s is the s-th 30-minute weekday slot from Monday 2023-01-02 (18 a day, 08:00-17:00 clinic time);
-- at every slot each of the 50 therapists sees a different patient, so nothing overlaps.
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status,
                         cancellation_reason, late_cancellation, created_at)
select gen_random_uuid(),
       ('00000000-0000-4000-b000-' || lpad((1 + (s * 50 + t) % 100000)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-a000-' || lpad((1 + t)::text, 12, '0'))::uuid,
       starts_at, starts_at + interval '30 minutes', 30,
       (array['INITIAL_EVALUATION','FOLLOW_UP','FOLLOW_UP','FOLLOW_UP','RE_EVALUATION','DISCHARGE'])[1 + (s + t) % 6],
       status,
       case when status = 'CANCELLED' then 'Patient called to cancel' end,
       status = 'CANCELLED' and (s + t) % 3 = 0,
       starts_at - interval '14 days'
  from (select s, t,
               ((date '2023-01-02' + (s / 18 / 5) * 7 + (s / 18) % 5) + time '08:00'
                   + make_interval(mins => (s % 18) * 30)) at time zone 'America/Los_Angeles' as starts_at
          from generate_series(0, 19999) s, generate_series(0, 49) t) slots,
       lateral (select case when slots.starts_at > now() then 'BOOKED'
                            when (s * 7 + t) % 100 < 8 then 'NO_SHOW'
                            when (s * 7 + t) % 100 < 15 then 'CANCELLED'
                            else 'COMPLETED' end as status) st;

analyze therapist; analyze therapist_working_hours; analyze patient; analyze appointment; analyze staff_account;

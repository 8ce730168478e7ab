-- Demo schedule: the clinic's last 90 days and next two weeks, so the schedule, the utilisation and
-- no-show reports read like a working clinic's. Forty regular patients (registered over a year ago, so
-- they are not "new") fill the two therapists' weekdays on a 45-minute grid from 08:00: about eight of
-- the eleven slots a day are booked; in the past most visits were completed, about one in twenty-five
-- was a no-show and one in twenty-five cancelled (half of those late). The 16:15 slot stays free for
-- the episode-of-care demo (R__demo_5). Slots and patients are chosen by arithmetic on the date, so a
-- re-run books the same ones; ON CONFLICT DO NOTHING also steps around the earlier demo scripts'
-- appointments (the exclusion constraints refuse the overlap, and the row is skipped).
insert into patient (id, first_name, last_name, date_of_birth, sex, phone, city, created_at)
select ('00000000-0000-4000-8000-000000008' || lpad(n::text, 3, '0'))::uuid,
       (array['Ava', 'Noah', 'Mia', 'Lucas', 'Zoe', 'Mateo', 'Leah', 'Omar', 'Nina', 'Ethan'])[1 + n % 10],
       (array['Garcia', 'Nguyen', 'Kim', 'Patel', 'Rossi'])[1 + n / 10 % 5] || case when n >= 50 then 'y' else '' end,
       date '1950-01-15' + n * 331, case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
       '+1 415 555 ' || lpad((800 + n)::text, 4, '0'), 'San Francisco', now() - interval '400 days'
  from generate_series(1, 40) n
on conflict do nothing;

with today as (select (now() at time zone 'America/Los_Angeles')::date as d),
     slots as (
         select day::date as day, t.therapist, t.k, s.slot, day::date - date '2000-01-01' as dn
           from today, generate_series(d - 90, d + 13, interval '1 day') day,
                (values ('00000000-0000-4000-8000-000000000101'::uuid, 0),
                        ('00000000-0000-4000-8000-000000000102'::uuid, 1)) t (therapist, k),
                generate_series(0, 10) s (slot)
          where extract(isodow from day) <= 5),
     booked as (
         select *, (day::timestamp + time '08:00' + make_interval(mins => 45 * slot))
                   at time zone 'America/Los_Angeles' as starts_at,
                (dn * 13 + slot * 7 + k * 3) % 50 as fate
           from slots
          where (dn * 7 + slot * 3 + k * 5) % 10 < 8),
     visits as (
         select b.*, today.d,
                ('00000000-0000-4000-8000-000000008' || lpad((1 + (dn * 11 + slot * 2 + k * 20) % 40)::text, 3, '0'))::uuid
                    as patient,
                case when b.day >= today.d then 'BOOKED'
                     when fate < 2 then 'NO_SHOW'
                     when fate < 4 then 'CANCELLED'
                     else 'COMPLETED' end as status
           from booked b, today)
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status,
                         cancellation_reason, late_cancellation, cancelled_at, checked_in_at, completed_at, created_at)
select md5('demo-schedule:' || therapist || ':' || day || ':' || slot)::uuid, patient, therapist,
       starts_at, starts_at + interval '45 minutes', 45,
       case when slot = 0 and extract(isodow from day) = 1 then 'INITIAL_EVALUATION' else 'FOLLOW_UP' end,
       status,
       case when status = 'CANCELLED' then 'Patient rescheduled' end,
       status = 'CANCELLED' and fate = 3,
       case when status = 'CANCELLED' then starts_at - case when fate = 3 then interval '3 hours' else interval '3 days' end end,
       case when status = 'COMPLETED' then starts_at end,
       case when status = 'COMPLETED' then starts_at + interval '45 minutes' end,
       least(now(), starts_at) - interval '14 days'
  from visits
on conflict do nothing;

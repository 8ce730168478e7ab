-- pgbench script: one booking-shaped insert into the constrained appointment table (8 clients).
-- Slot k gives therapist k mod 50 its own 15-minute slot and patient k mod 100 000, so nothing overlaps.
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status, created_at)
select gen_random_uuid(),
       ('00000000-0000-4000-b000-' || lpad((1 + k % 100000)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-a000-' || lpad((1 + k % 50)::text, 12, '0'))::uuid,
       ts, ts + interval '15 minutes', 15, 'FOLLOW_UP', 'BOOKED', now()
  from (select nextval('bench_slot') as k) slot,
       lateral (select timestamptz '2040-01-01 00:00+00' + make_interval(mins => ((k / 50) * 15)::int) as ts) t;

-- pgbench script: the SQL one POST /api/v1/appointments sends, without the service around it:
-- the account check, then in one transaction the patient, the therapist's diary (therapist,
-- working hours, time off), the insert under both exclusion constraints, and its audit line.
-- Slots as in insert-appointment.sql (from bench_slot), so nothing overlaps.
select nextval('bench_slot') as k \gset
\set patient 1 + :k % 100000
\set therapist 1 + :k % 50
select * from staff_account where id = '00000000-0000-4000-9000-000000000001';
begin;
select * from patient where id = ('00000000-0000-4000-b000-' || lpad(:patient::text, 12, '0'))::uuid;
select id, first_name, last_name, license_number, email, phone, active, version
  from therapist where id = ('00000000-0000-4000-a000-' || lpad(:therapist::text, 12, '0'))::uuid;
select day_of_week, start_time, end_time from therapist_working_hours
 where therapist_id = ('00000000-0000-4000-a000-' || lpad(:therapist::text, 12, '0'))::uuid
 order by day_of_week, start_time;
select id, therapist_id, starts_at, ends_at, reason from therapist_time_off
 where therapist_id = ('00000000-0000-4000-a000-' || lpad(:therapist::text, 12, '0'))::uuid
   and tstzrange(starts_at, ends_at) && tstzrange(timestamptz '2040-01-01 00:00+00' + make_interval(mins => ((:k / 50) * 15)::int),
                                                   timestamptz '2040-01-01 00:15+00' + make_interval(mins => ((:k / 50) * 15)::int));
insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status, created_at)
values (gen_random_uuid(), ('00000000-0000-4000-b000-' || lpad(:patient::text, 12, '0'))::uuid,
        ('00000000-0000-4000-a000-' || lpad(:therapist::text, 12, '0'))::uuid,
        timestamptz '2040-01-01 00:00+00' + make_interval(mins => ((:k / 50) * 15)::int),
        timestamptz '2040-01-01 00:15+00' + make_interval(mins => ((:k / 50) * 15)::int), 15, 'FOLLOW_UP', 'BOOKED', now())
returning *;
insert into audit_event (at, user_id, username, role, action, resource_type, resource_id, patient_id, outcome)
values (now(), '00000000-0000-4000-9000-000000000001', 'bench-admin', 'ADMIN', 'CREATE', 'appointment', 'x',
        ('00000000-0000-4000-b000-' || lpad(:patient::text, 12, '0'))::uuid, 'ALLOWED');
commit;

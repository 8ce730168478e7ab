-- Booked and completed hours per therapist for 2026-03-01..2026-05-29, and their weekly hours, straight against the tables.
set jit = off;
select a.therapist_id, sum(duration_minutes) filter (where status <> 'CANCELLED') / 60.0,
       sum(duration_minutes) filter (where status = 'COMPLETED') / 60.0,
       (select sum(extract(epoch from end_time - start_time)) / 3600 * 13 from therapist_working_hours w where w.therapist_id = a.therapist_id)
  from appointment a
 where starts_at >= '2026-03-01 00:00 America/Los_Angeles' and starts_at < '2026-05-30 00:00 America/Los_Angeles'
 group by a.therapist_id;

-- The clinic summary for 2026-03-01..2026-05-29 (90 days), written straight against the tables.
set jit = off;
select count(*), count(*) filter (where status = 'COMPLETED'), count(*) filter (where status = 'CANCELLED'),
       count(*) filter (where status = 'CANCELLED' and late_cancellation), count(*) filter (where status = 'NO_SHOW'),
       (select count(*) from patient where created_at >= '2026-03-01 00:00 America/Los_Angeles' and created_at < '2026-05-30 00:00 America/Los_Angeles'),
       (select count(*) from treatment_plan where activated_at < '2026-05-30 00:00 America/Los_Angeles'
           and coalesce(completed_at, discontinued_at, 'infinity') >= '2026-03-01 00:00 America/Los_Angeles')
  from appointment
 where starts_at >= '2026-03-01 00:00 America/Los_Angeles' and starts_at < '2026-05-30 00:00 America/Los_Angeles';

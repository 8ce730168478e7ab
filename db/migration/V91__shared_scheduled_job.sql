-- docs/architecture.md, Two instances, one database: a scheduled job runs on one instance per period. Each
-- instance's scheduler fires on its own; a run first moves its job's last_run_at to now() in its own
-- transaction, and only if the last run is a period old (ScheduledJobs). A second instance in the same
-- period waits for that row, finds it moved, and skips. A run that fails rolls its claim back with its work.
create table scheduled_job (
    name        varchar(100) primary key,
    last_run_at timestamptz  not null,
    constraint scheduled_job_name_format check (name ~ '^[a-z0-9-]{1,100}$')
);

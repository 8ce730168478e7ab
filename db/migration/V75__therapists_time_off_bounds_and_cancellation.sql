-- API.md, Therapists: time off is cancelled, never deleted; cancelled time off frees its time for
-- availability and booking. cancelled_by is the staff account that cancelled it (null only for the
-- time off this migration cancels below).
alter table therapist_time_off
    add column cancelled_at timestamptz,
    add column cancelled_by uuid,
    add constraint therapist_time_off_cancelled_by_only_when_cancelled
        check (cancelled_by is null or cancelled_at is not null);

-- Time off recorded before the bounds below existed and breaking them (from year -4000 to +200000 was
-- accepted, making a therapist unbookable for good) is cancelled, not removed: it stays on record
-- and stops blocking the diary.
update therapist_time_off
   set cancelled_at = now()
 where ends_at > starts_at + interval '8784 hours'
    or starts_at < created_at - interval '1 year'
    or starts_at > created_at + interval '2 years';

-- API.md, Therapists: at most 366 days long (8784 hours, so no daylight-saving change moves it), starting
-- at most a year before and two years after it was recorded. NOT VALID: every row written from now on is
-- checked (cancelling included); the rows cancelled above are kept as they were.
alter table therapist_time_off
    add constraint therapist_time_off_at_most_366_days
        check (ends_at <= starts_at + interval '8784 hours') not valid,
    add constraint therapist_time_off_starts_near_recording
        check (starts_at >= created_at - interval '1 year' and starts_at <= created_at + interval '2 years') not valid;

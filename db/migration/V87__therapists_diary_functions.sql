-- What the appointment book asks of a therapist's diary in SQL (scheduling's book_appointment), answered by
-- the module that owns the tables, by the rules TherapistDiary and TimeOffRepository.blocking follow in Java.

-- Whether the therapist still sees patients; null when there is no such therapist.
create function therapist_is_active(therapist_id uuid) returns boolean
    language sql stable strict parallel safe as
$$
select t.active from therapist t where t.id = therapist_is_active.therapist_id
$$;

-- The therapist's working-hours intervals on an ISO weekday (1 = Monday ... 7 = Sunday), clinic-local times.
create function therapist_working_hours_on(therapist_id uuid, day_of_week smallint)
    returns table (start_time time, end_time time)
    language sql stable strict parallel safe as
$$
select h.start_time, h.end_time
  from therapist_working_hours h
 where h.therapist_id = therapist_working_hours_on.therapist_id
   and h.day_of_week = therapist_working_hours_on.day_of_week
$$;

-- Whether time off of the therapist that is not cancelled overlaps [starts_at, ends_at); back to back is not
-- overlapping. Served by therapist_time_off_overlap_idx.
create function therapist_off_during(therapist_id uuid, starts_at timestamptz, ends_at timestamptz)
    returns boolean
    language sql stable strict parallel safe as
$$
select exists (select
                 from therapist_time_off o
                where o.therapist_id = therapist_off_during.therapist_id
                  and tstzrange(o.starts_at, o.ends_at) && tstzrange(therapist_off_during.starts_at,
                                                                    therapist_off_during.ends_at)
                  and o.cancelled_at is null)
$$;

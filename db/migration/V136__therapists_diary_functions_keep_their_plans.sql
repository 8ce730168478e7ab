-- The diary's functions (V87) in PL/pgSQL instead of SQL, with the same answers. Called from PL/pgSQL
-- (scheduling's book_appointment) they were not inlined, and PostgreSQL planned each one's SELECT anew on
-- every call: together about a sixth of a booking's time in PostgreSQL. A PL/pgSQL function keeps its
-- plans for the connection's life.

-- Whether the therapist still sees patients; null when there is no such therapist.
create or replace function therapist_is_active(therapist_id uuid) returns boolean
    language plpgsql stable strict parallel safe as
$$
begin
    return (select t.active from therapist t where t.id = therapist_is_active.therapist_id);
end
$$;

-- The therapist's working-hours intervals on an ISO weekday (1 = Monday ... 7 = Sunday), clinic-local times.
create or replace function therapist_working_hours_on(therapist_id uuid, day_of_week smallint)
    returns table (start_time time, end_time time)
    language plpgsql stable strict parallel safe as
$$
begin
    return query
        select h.start_time, h.end_time
          from therapist_working_hours h
         where h.therapist_id = therapist_working_hours_on.therapist_id
           and h.day_of_week = therapist_working_hours_on.day_of_week;
end
$$;

-- Whether time off of the therapist that is not cancelled overlaps [starts_at, ends_at); back to back is not
-- overlapping. Served by therapist_time_off_overlap_idx.
create or replace function therapist_off_during(therapist_id uuid, starts_at timestamptz, ends_at timestamptz)
    returns boolean
    language plpgsql stable strict parallel safe as
$$
begin
    return exists (select
                     from therapist_time_off o
                    where o.therapist_id = therapist_off_during.therapist_id
                      and tstzrange(o.starts_at, o.ends_at) && tstzrange(therapist_off_during.starts_at,
                                                                        therapist_off_during.ends_at)
                      and o.cancelled_at is null);
end
$$;

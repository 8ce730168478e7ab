-- appointment_within_working_hours (V88) in PL/pgSQL instead of SQL, with the same answers
-- (WorkingHoursAgreementTests). Called from book_appointment it was not inlined, and PostgreSQL planned its
-- SELECT anew on every booking; a PL/pgSQL function keeps its plan for the connection's life.
create or replace function appointment_within_working_hours(clinic_time_zone text, therapist_id uuid,
                                                            starts_at timestamptz, ends_at timestamptz)
    returns boolean
    language plpgsql stable strict parallel safe as
$$
begin
    return exists (
        select
          from therapist_working_hours_on(
                   appointment_within_working_hours.therapist_id,
                   extract(isodow from appointment_within_working_hours.starts_at
                                       at time zone appointment_within_working_hours.clinic_time_zone)::smallint) h
         where working_day_covers(appointment_within_working_hours.clinic_time_zone, h.start_time, h.end_time,
                                  appointment_within_working_hours.starts_at,
                                  appointment_within_working_hours.ends_at));
end
$$;

-- Booking one appointment in one call (SingleBooking): every check PostgreSQL can make, the insert, the
-- Idempotency-Key and the audit line, in one statement and so one transaction, one round trip.

-- The offset from UTC of the clock in a time zone at a moment.
create function clock_offset(clinic_time_zone text, at timestamptz) returns interval
    language sql stable strict parallel safe as
$$
select (clock_offset.at at time zone clock_offset.clinic_time_zone) - (clock_offset.at at time zone 'UTC')
$$;

-- The first moment in (from_moment, to_moment) at which the clock's offset differs from the one at
-- from_moment, found by halving to the microsecond; to_moment when the offset is the same at the last
-- microsecond. No zone changes its clocks twice within the three hours of the longest appointment.
create function next_offset_change(clinic_time_zone text, from_moment timestamptz, to_moment timestamptz)
    returns timestamptz
    language plpgsql stable strict parallel safe as
$$
declare
    same_offset constant interval := clock_offset(clinic_time_zone, from_moment);
    before      timestamptz := from_moment;
    after       timestamptz := to_moment - interval '1 microsecond';
    middle      timestamptz;
begin
    if after <= before or clock_offset(clinic_time_zone, after) = same_offset then
        return to_moment;
    end if;
    -- the offset is same_offset at before and another one at after
    while after - before > interval '1 microsecond' loop
        -- in seconds, so that no day of the session's time zone (23 or 25 hours) is added
        middle := before + make_interval(secs => extract(epoch from after - before) / 2);
        if clock_offset(clinic_time_zone, middle) = same_offset then
            before := middle;
        else
            after := middle;
        end if;
    end loop;
    return after;
end
$$;

-- WorkingDay.covers for one interval of working hours, in SQL: whether [starts_at, ends_at) is non-empty
-- and every moment of it shows, on the clinic's clock, the date starts_at shows and a time in
-- [start_time, end_time). Between two changes of the clock the time runs evenly, so the slot is checked
-- piece by piece: each piece starts at or after start_time and ends no later than end_time on that date,
-- read on the piece's own offset. On the nights the clocks change this is WorkingDay's rule: a skipped
-- hour is never shown, a repeated hour is shown twice (see WorkingDay and DaylightSavingBookingTests).
create function working_day_covers(clinic_time_zone text, start_time time, end_time time,
                                   starts_at timestamptz, ends_at timestamptz) returns boolean
    language plpgsql stable strict parallel safe as
$$
declare
    day         constant date := (starts_at at time zone clinic_time_zone)::date;
    opens       constant timestamp := day + start_time;
    closes      constant timestamp := day + end_time;
    piece_start timestamptz := starts_at;
    piece_end   timestamptz;
    shown       timestamp;
begin
    if starts_at >= ends_at then
        return false;
    end if;
    while piece_start < ends_at loop
        piece_end := next_offset_change(clinic_time_zone, piece_start, ends_at);
        shown := piece_start at time zone clinic_time_zone;
        if shown < opens or shown + (piece_end - piece_start) > closes then
            return false;
        end if;
        piece_start := piece_end;
    end loop;
    return true;
end
$$;

-- WorkingHoursPolicy.withinHours in SQL: whether [starts_at, ends_at) lies inside one interval of the
-- therapist's working hours on the weekday of the clinic-local date it starts on.
-- WorkingHoursAgreementTests holds this and the Java rule to the same verdicts.
create function appointment_within_working_hours(clinic_time_zone text, therapist_id uuid,
                                                 starts_at timestamptz, ends_at timestamptz) returns boolean
    language sql stable strict parallel safe as
$$
select exists (
    select
      from therapist_working_hours_on(
               appointment_within_working_hours.therapist_id,
               extract(isodow from appointment_within_working_hours.starts_at
                                   at time zone appointment_within_working_hours.clinic_time_zone)::smallint) h
     where working_day_covers(appointment_within_working_hours.clinic_time_zone, h.start_time, h.end_time,
                              appointment_within_working_hours.starts_at, appointment_within_working_hours.ends_at))
$$;

-- Books one appointment for the signed-in staff member, or refuses with the name of the rule it breaks
-- (SingleBooking turns each name into its problem). In order, as Booking checks a series:
--   1. With an Idempotency-Key: the key is claimed first. If it was claimed before for the same request, the
--      earlier appointment is answered (and its reading audited); for another request, refused
--      (appointment_idempotency_key_same_request). A retry racing the first request waits on the key's
--      primary key until the first commits (then answers its result) or rolls back (then books itself).
--   2. The patient exists (appointment_patient_fk) and is active (appointment_patient_active).
--   3. The therapist exists (appointment_therapist_fk) and is active (appointment_therapist_active).
--   4. The slot lies inside the therapist's working hours (appointment_within_working_hours) and outside
--      their time off (appointment_outside_time_off).
--   5. The insert: the exclusion constraints appointment_no_double_booking_therapist and _patient refuse an
--      overlap, also with a booking made at the same moment.
--   6. The CREATE line of the audit trail (audit_line).
-- Everything commits together or not at all. The duration's grid and the booking horizon are checked by the
-- service before the call (appointment_duration_allowed holds the grid here too).
create function book_appointment(id uuid, patient_id uuid, therapist_id uuid, starts_at timestamptz,
                                 duration_minutes integer, type text, note text, booked_at timestamptz,
                                 clinic_time_zone text, staff_user_id uuid, staff_username text,
                                 staff_role text, idempotency_key text, request_hash text)
    returns appointment
    language plpgsql as
$$
declare
    slot_end  constant timestamptz :=
        book_appointment.starts_at + make_interval(mins => book_appointment.duration_minutes);
    claimed   appointment_idempotency_key;
    active    boolean;
    booked    appointment;
begin
    if book_appointment.idempotency_key is not null then
        insert into appointment_idempotency_key (user_id, key, request_hash, appointment_id, created_at)
        values (book_appointment.staff_user_id, book_appointment.idempotency_key, book_appointment.request_hash,
                book_appointment.id, book_appointment.booked_at)
        on conflict (user_id, key) do nothing;
        if not found then
            select * into claimed
              from appointment_idempotency_key k
             where k.user_id = book_appointment.staff_user_id and k.key = book_appointment.idempotency_key;
            if claimed.request_hash <> book_appointment.request_hash or claimed.appointment_id is null then
                raise exception 'this Idempotency-Key was already used for a different request'
                    using errcode = 'check_violation', constraint = 'appointment_idempotency_key_same_request';
            end if;
            select * into booked from appointment a where a.id = claimed.appointment_id;
            perform audit_line(book_appointment.booked_at, book_appointment.staff_user_id,
                               book_appointment.staff_username, book_appointment.staff_role, 'READ', 'appointment',
                               booked.id::text, booked.patient_id, 'ALLOWED');
            return booked;
        end if;
    end if;

    active := patient_is_active(book_appointment.patient_id);
    if active is null then
        raise exception 'no such patient'
            using errcode = 'foreign_key_violation', constraint = 'appointment_patient_fk';
    elsif not active then
        raise exception 'the patient is archived'
            using errcode = 'check_violation', constraint = 'appointment_patient_active';
    end if;

    active := therapist_is_active(book_appointment.therapist_id);
    if active is null then
        raise exception 'no such therapist'
            using errcode = 'foreign_key_violation', constraint = 'appointment_therapist_fk';
    elsif not active then
        raise exception 'the therapist no longer sees patients'
            using errcode = 'check_violation', constraint = 'appointment_therapist_active';
    end if;

    if not appointment_within_working_hours(book_appointment.clinic_time_zone, book_appointment.therapist_id,
                                            book_appointment.starts_at, slot_end) then
        raise exception 'the therapist does not work at this time'
            using errcode = 'check_violation', constraint = 'appointment_within_working_hours';
    end if;
    if therapist_off_during(book_appointment.therapist_id, book_appointment.starts_at, slot_end) then
        raise exception 'the therapist has time off at this time'
            using errcode = 'check_violation', constraint = 'appointment_outside_time_off';
    end if;

    insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, note,
                             created_at)
    values (book_appointment.id, book_appointment.patient_id, book_appointment.therapist_id,
            book_appointment.starts_at, slot_end, book_appointment.duration_minutes, book_appointment.type,
            book_appointment.note, book_appointment.booked_at)
    returning * into booked;
    -- AuditAction.CREATE on AuditResource.APPOINTMENT, allowed: the words AuditTrail.allowed writes
    perform audit_line(book_appointment.booked_at, book_appointment.staff_user_id, book_appointment.staff_username,
                       book_appointment.staff_role, 'CREATE', 'appointment', booked.id::text, booked.patient_id,
                       'ALLOWED');
    return booked;
end
$$;

-- A visit is checked in on its day (Transitions, clinic time zone): never days ahead, where it could be
-- charted, signed and billed before it took place. PostgreSQL holds the part it can without the clinic's
-- calendar: no check-in more than 24 hours before the start. Later check-ins stay allowed (a visit not
-- checked in on its day).
alter table appointment
    add constraint appointment_checked_in_near_its_start
        check (checked_in_at is null or checked_in_at >= starts_at - interval '24 hours');

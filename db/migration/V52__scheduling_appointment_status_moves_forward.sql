-- DOMAIN.md / API.md: BOOKED → CHECKED_IN → COMPLETED, and BOOKED → CANCELLED or NO_SHOW; nothing else.
-- Transitions checks it in Java; PostgreSQL now refuses any other move whoever writes the row, so a
-- checked-in visit (the only kind a visit note is signed for) can never become cancelled afterwards.
create function appointment_refuse_status_move() returns trigger
    language plpgsql as
$$
begin
    if new.status is distinct from old.status
       and (old.status, new.status) not in (('BOOKED', 'CHECKED_IN'), ('BOOKED', 'CANCELLED'),
                                            ('BOOKED', 'NO_SHOW'), ('CHECKED_IN', 'COMPLETED')) then
        raise exception 'an appointment cannot move from % to %', old.status, new.status
            using errcode = 'check_violation', constraint = 'appointment_status_moves_forward';
    end if;
    return new;
end
$$;

create trigger appointment_status_moves_forward
    before update of status on appointment
    for each row execute function appointment_refuse_status_move();

-- DOMAIN.md: the manual therapy minutes of one note add up to at most the appointment's duration.
--
-- The duration lives on the appointment, and scheduling may still change it while the note is a draft
-- (a draft may be written ahead of the visit). The note keeps a copy, appointment_minutes, that
-- PostgreSQL holds equal to the appointment's duration_minutes through a foreign key ON UPDATE CASCADE,
-- so this rule reads visits' tables only and no trigger sits on scheduling's table. Hence:
--  * manual therapy rows that add up to more than the visit are refused (visit_note_manual_therapy_fits_visit);
--  * a note whose manual therapy outlasts the visit is not signed (same name);
--  * shortening the visit under a DRAFT is allowed: rescheduling stays the front desk's decision, and the
--    draft is neither saved nor signed again until its author corrects it (422 manual-therapy-exceeds-visit);
--  * shortening the visit under a SIGNED note is refused: the cascade meets visit_note_signed_unchangeable,
--    so a signed note always fits the visit it documents.
-- Notes written before this rule keep their minutes as written: they are history, only new writes are held.
alter table appointment add constraint appointment_id_duration_unique unique (id, duration_minutes);

alter table visit_note add column appointment_minutes integer;

-- Filling in the copy is not a change of any note's content; the signed-note guard stands aside for
-- this one statement only.
alter table visit_note disable trigger visit_note_signed_unchangeable;
update visit_note n set appointment_minutes = a.duration_minutes from appointment a where a.id = n.appointment_id;
alter table visit_note enable trigger visit_note_signed_unchangeable;

-- Lookups from appointment use visit_note_appointment_unique (appointment_id leads): no new index.
alter table visit_note
    alter column appointment_minutes set not null,
    add constraint visit_note_lasts_as_its_appointment foreign key (appointment_id, appointment_minutes)
        references appointment (id, duration_minutes) on update cascade;

create function visit_note_refuse_manual_therapy_overrun(note_id uuid) returns void
    language plpgsql as
$$
begin
    if (select coalesce(sum(minutes), 0) from visit_note_manual_therapy where visit_note_id = note_id)
       > (select appointment_minutes from visit_note where id = note_id) then
        raise exception 'the manual therapy of a visit note adds up to more minutes than the visit lasts'
            using errcode = 'check_violation', constraint = 'visit_note_manual_therapy_fits_visit';
    end if;
end
$$;

create function visit_note_manual_therapy_check_entry() returns trigger
    language plpgsql as
$$
begin
    perform visit_note_refuse_manual_therapy_overrun(new.visit_note_id);
    return new;
end
$$;

create function visit_note_manual_therapy_check_signing() returns trigger
    language plpgsql as
$$
begin
    perform visit_note_refuse_manual_therapy_overrun(new.id);
    return new;
end
$$;

-- After each row: the repository writes one entry per statement, and minutes are positive, so every
-- partial sum of a note that fits fits too.
create trigger visit_note_manual_therapy_fits_visit
    after insert or update on visit_note_manual_therapy
    for each row execute function visit_note_manual_therapy_check_entry();

-- Signing checks against the visit as it is then (it may have been shortened under the draft).
create trigger visit_note_manual_therapy_fits_visit
    after update of status on visit_note
    for each row when (old.status = 'DRAFT' and new.status = 'SIGNED')
    execute function visit_note_manual_therapy_check_signing();

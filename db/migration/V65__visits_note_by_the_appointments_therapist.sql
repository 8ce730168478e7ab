-- API.md: a note is always written by the appointment's own therapist, so an appointment that has a
-- note is not moved to another therapist (409 visit-note-exists). PostgreSQL holds it whoever writes:
-- the note refers to its appointment and that appointment's therapist together, ON UPDATE RESTRICT (not
-- CASCADE: the note's author cannot change), so a new therapist_id on an appointment with a note is
-- refused, and so is a note whose therapist is not its appointment's. Scheduling, which must not know
-- visits, answers 409 visit-note-exists by this constraint's name. Moving the appointment in time with
-- the same therapist touches neither column and stays allowed.
-- Every note written so far took its therapist from its appointment; should one differ (an appointment
-- moved after its draft was written), this migration fails and a person must decide whose note it is.
alter table appointment add constraint appointment_id_therapist_unique unique (id, therapist_id);

-- Lookups from appointment use visit_note_appointment_unique (appointment_id leads): no new index.
alter table visit_note add constraint visit_note_by_the_appointments_therapist
    foreign key (appointment_id, therapist_id) references appointment (id, therapist_id) on update restrict;

-- The charges report asks which patients have signed notes in a date range, across all patients
-- (BillableNoteRepository.patientsBetween): an index on the date of service of signed notes.
create index visit_note_signed_date_of_service_idx on visit_note (date_of_service, patient_id) where status = 'SIGNED';

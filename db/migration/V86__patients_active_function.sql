-- Whether the patient is active (may be booked); null when there is no such patient. The question other
-- modules' SQL asks of a patient (scheduling's book_appointment), answered by the module that owns the table,
-- as PatientRegistry.requireActive answers it in Java.
create function patient_is_active(patient_id uuid) returns boolean
    language sql stable strict parallel safe as
$$
select p.active from patient p where p.id = patient_is_active.patient_id
$$;

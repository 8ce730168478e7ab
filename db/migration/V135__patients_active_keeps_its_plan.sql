-- patient_is_active (V86) in PL/pgSQL instead of SQL, with the same answers (null when there is no such
-- patient). Called from PL/pgSQL (scheduling's book_appointment) it was not inlined, and PostgreSQL planned
-- its SELECT anew on every call; a PL/pgSQL function keeps its plan for the connection's life.
create or replace function patient_is_active(patient_id uuid) returns boolean
    language plpgsql stable strict parallel safe as
$$
begin
    return (select p.active from patient p where p.id = patient_is_active.patient_id);
end
$$;

-- audit_line (V85) in PL/pgSQL instead of SQL, unchanged otherwise. PostgreSQL plans the body of a
-- SQL-language function that it cannot inline anew on every call; an INSERT is never inlined, so each
-- booking planned this INSERT again (about a sixth of book_appointment's time, by pg_stat_user_functions).
-- A PL/pgSQL function keeps its plan for the connection's life.
create or replace function audit_line(at timestamptz, user_id uuid, username text, role text, action text,
                                      resource_type text, resource_id text, patient_id uuid, outcome text)
    returns void
    language plpgsql as
$$
begin
    insert into audit_event (at, user_id, username, role, action, resource_type, resource_id, patient_id, outcome)
    values (audit_line.at, audit_line.user_id, audit_line.username, audit_line.role, audit_line.action,
            audit_line.resource_type, audit_line.resource_id, audit_line.patient_id, audit_line.outcome);
end
$$;

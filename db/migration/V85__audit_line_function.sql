-- One line of the audit trail, written by SQL: the same columns, and the same words (AuditAction,
-- AuditResource, AuditOutcome), as AuditTrail.record. A module whose work is done in one PostgreSQL call
-- (scheduling's book_appointment) records its line through this function, so audit_event's columns stay
-- the audit module's business. The line commits or rolls back with the caller's transaction; the
-- append-only triggers of V3 still hold.
create function audit_line(at timestamptz, user_id uuid, username text, role text, action text,
                           resource_type text, resource_id text, patient_id uuid, outcome text)
    returns void
    language sql as
$$
insert into audit_event (at, user_id, username, role, action, resource_type, resource_id, patient_id, outcome)
values (audit_line.at, audit_line.user_id, audit_line.username, audit_line.role, audit_line.action,
        audit_line.resource_type, audit_line.resource_id, audit_line.patient_id, audit_line.outcome);
$$;

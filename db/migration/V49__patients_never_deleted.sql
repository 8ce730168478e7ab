-- API.md: nothing that holds clinical or scheduling history is ever hard-deleted; a patient is archived.
-- Foreign keys already protect a patient with history; this protects every patient, for every role,
-- the owner included, so a patient registered a minute ago cannot vanish from the audit trail's reach.
create function patient_refuse_delete() returns trigger
    language plpgsql as
$$
begin
    raise exception 'patients are archived, never deleted'
        using errcode = 'check_violation', constraint = 'patient_never_deleted';
end
$$;

create trigger patient_never_deleted
    before delete on patient
    for each row execute function patient_refuse_delete();
create trigger patient_never_truncated
    before truncate on patient
    for each statement execute function patient_refuse_delete();

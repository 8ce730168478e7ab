-- EPISODE.md R5 at sign: a note is signed under a plan only once the plan has a payer, whose rule
-- counts the note's units (the service answers 422 plan-of-care-incomplete first).
create function visit_note_check_plan_has_payer() returns trigger
    language plpgsql as
$$
begin
    if exists (select from treatment_plan p where p.id = new.treatment_plan_id and p.payer_profile is null) then
        raise exception 'a visit note is signed under a plan that has its payer'
            using errcode = 'check_violation', constraint = 'visit_note_plan_has_payer';
    end if;
    return new;
end
$$;

create trigger visit_note_signed_under_a_plan_with_a_payer
    after update of status on visit_note
    for each row when (old.status = 'DRAFT' and new.status = 'SIGNED' and new.treatment_plan_id is not null)
    execute function visit_note_check_plan_has_payer();

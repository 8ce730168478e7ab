-- DOMAIN.md: a plan goes DRAFT → ACTIVE → COMPLETED, and DRAFT or ACTIVE → DISCONTINUED; a closed plan
-- never reopens. PlanStatus checks it in Java; this makes PostgreSQL refuse any other move, whoever
-- writes the row (raised as a named check violation, like the other rules here).
create function treatment_plan_refuse_status_move() returns trigger
    language plpgsql as
$$
begin
    if new.status is distinct from old.status
       and (old.status, new.status) not in (('DRAFT', 'ACTIVE'), ('DRAFT', 'DISCONTINUED'),
                                            ('ACTIVE', 'COMPLETED'), ('ACTIVE', 'DISCONTINUED')) then
        raise exception 'a treatment plan cannot move from % to %', old.status, new.status
            using errcode = 'check_violation', constraint = 'treatment_plan_status_moves_forward';
    end if;
    return new;
end
$$;

create trigger treatment_plan_status_moves_forward
    before update of status on treatment_plan
    for each row execute function treatment_plan_refuse_status_move();

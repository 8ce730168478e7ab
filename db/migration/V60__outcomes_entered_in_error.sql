-- DOMAIN.md: a measure entered in error is never deleted; it is marked with who, when and why, stays in
-- the series and leaves every summary and report. The mark is set once, whole, and never changes or
-- clears; the measure's clinical values never change at all. PostgreSQL holds both, whoever writes the
-- row (raised as named check violations, like the other append-only rules here).
alter table outcome_measure
    add column entered_in_error_at     timestamptz,
    add column entered_in_error_by     uuid,
    add column entered_in_error_reason varchar(200),
    add constraint outcome_measure_entered_in_error_by_fk
        foreign key (entered_in_error_by) references staff_account (id),
    add constraint outcome_measure_entered_in_error_complete check (
        (entered_in_error_at is null and entered_in_error_by is null and entered_in_error_reason is null)
        or (entered_in_error_at is not null and entered_in_error_by is not null
            and entered_in_error_reason is not null and btrim(entered_in_error_reason) <> ''));

create index outcome_measure_entered_in_error_by_idx on outcome_measure (entered_in_error_by)
    where entered_in_error_by is not null;

-- Every column but the mark is the measure as recorded: compared as a whole row, so a column added
-- later is frozen too unless a migration says otherwise here.
create function outcome_measure_refuse_change() returns trigger
    language plpgsql as
$$
declare
    mark constant text[] := array['entered_in_error_at', 'entered_in_error_by', 'entered_in_error_reason'];
begin
    if tg_op = 'DELETE' or to_jsonb(new) - mark is distinct from to_jsonb(old) - mark then
        raise exception 'an outcome measure is never deleted and its values never change'
            using errcode = 'check_violation', constraint = 'outcome_measure_values_unchangeable';
    end if;
    if old.entered_in_error_at is not null
       and (new.entered_in_error_at, new.entered_in_error_by, new.entered_in_error_reason)
           is distinct from (old.entered_in_error_at, old.entered_in_error_by, old.entered_in_error_reason) then
        raise exception 'a measure marked entered in error keeps its mark as it was set'
            using errcode = 'check_violation', constraint = 'outcome_measure_entered_in_error_final';
    end if;
    return new;
end
$$;

create trigger outcome_measure_unchangeable
    before update or delete on outcome_measure
    for each row execute function outcome_measure_refuse_change();

-- A PSFS measure's activities are its answers: they never change or go either.
create function psfs_activity_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the activities of a PSFS measure never change'
        using errcode = 'check_violation', constraint = 'psfs_activity_unchangeable';
end
$$;

create trigger psfs_activity_unchangeable
    before update or delete on psfs_activity
    for each row execute function psfs_activity_refuse_change();

create function outcome_measure_refuse_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'outcome measures are never removed' using errcode = 'insufficient_privilege';
end
$$;

create trigger outcome_measure_no_truncate before truncate on outcome_measure
    for each statement execute function outcome_measure_refuse_truncate();
create trigger psfs_activity_no_truncate before truncate on psfs_activity
    for each statement execute function outcome_measure_refuse_truncate();

-- Reports read only measures not entered in error: the covering index of V47, for those alone.
create index outcome_measure_taken_on_valid_idx on outcome_measure (taken_on)
    include (patient_id, instrument, treatment_plan_id) where entered_in_error_at is null;
drop index outcome_measure_taken_on_covering_idx;

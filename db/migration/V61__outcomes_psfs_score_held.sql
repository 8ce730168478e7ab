-- DOMAIN.md "Where the rules live": a PSFS score is the mean of its activities' scores, two decimals
-- (numeric round() is half up for these non-negative values, as RecordOutcome.Psfs rounds), and a PSFS
-- has at least one activity. The activities are rows of psfs_activity written after their measure, so
-- the rule is checked at commit, once the measure and its activities are all there: a deferred
-- constraint trigger on both tables, raised as the named check violation outcome_measure_psfs_score.
-- An activity may belong to a PSFS measure only.
create function outcome_measure_check_psfs_score() returns trigger
    language plpgsql as
$$
declare
    measure_id uuid;
    measure    record;
begin
    -- each branch names the column of its own table (PL/pgSQL plans a statement when it first runs it)
    if tg_table_name = 'outcome_measure' then
        measure_id := new.id;
    else
        measure_id := new.outcome_measure_id;
    end if;
    select m.instrument, m.score, (select round(avg(a.score), 2) from psfs_activity a
                                    where a.outcome_measure_id = m.id) as mean
      into measure
      from outcome_measure m
     where m.id = measure_id;
    if measure.instrument <> 'PSFS' then
        raise exception 'only a PSFS measure has activities'
            using errcode = 'check_violation', constraint = 'psfs_activity_of_a_psfs_measure';
    end if;
    if measure.mean is null or measure.score <> measure.mean then
        raise exception 'a PSFS score is the mean of its activities, two decimals'
            using errcode = 'check_violation', constraint = 'outcome_measure_psfs_score';
    end if;
    return null;
end
$$;

create constraint trigger outcome_measure_psfs_score
    after insert on outcome_measure
    deferrable initially deferred
    for each row when (new.instrument = 'PSFS')
    execute function outcome_measure_check_psfs_score();

-- psfs_activity never changes once written (V60), so only new activities can move the mean.
create constraint trigger psfs_activity_psfs_score
    after insert on psfs_activity
    deferrable initially deferred
    for each row
    execute function outcome_measure_check_psfs_score();

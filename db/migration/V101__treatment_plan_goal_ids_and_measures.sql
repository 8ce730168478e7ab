-- Goals (EPISODE.md "Goal"): each has a stable id, STG<n> or LTG<n>, counted per plan and term and never
-- reused; an optional measure (an outcome instrument, a PSFS activity or another unit, from a baseline to
-- a target in the instrument's range); a status that, once no longer ACTIVE, never changes.

-- How many goals of each term a plan has ever numbered. A goal takes the next number from here, in the
-- same statement that inserts it, so a number is never given twice, whoever inserts the row.
alter table treatment_plan
    add column long_term_goals_numbered  integer not null default 0,
    add column short_term_goals_numbered integer not null default 0;

alter table treatment_plan_goal
    add column term                  varchar(10) not null default 'LONG_TERM',
    add column number                integer,
    add column measure_kind          varchar(20),
    add column measure_instrument    varchar(4),
    add column measure_activity_name varchar(200),
    add column measure_unit          varchar(50),
    add column measure_baseline      numeric(8, 2),
    add column measure_target        numeric(8, 2),
    add column measure_comparator    varchar(8),
    add column status                varchar(20) not null default 'ACTIVE',
    add column status_on             date;

-- The goals recorded so far were given at plan creation: long-term goals LTG1, LTG2... in their order.
update treatment_plan_goal goal
   set number = numbered.n
  from (select plan_id, position, row_number() over (partition by plan_id order by position) as n
          from treatment_plan_goal) numbered
 where numbered.plan_id = goal.plan_id
   and numbered.position = goal.position;

update treatment_plan plan
   set long_term_goals_numbered = (select count(*) from treatment_plan_goal goal where goal.plan_id = plan.id)
 where exists (select from treatment_plan_goal goal where goal.plan_id = plan.id);

alter table treatment_plan_goal
    alter column number set not null,
    add column goal_id varchar(12) not null
        generated always as ((case term when 'SHORT_TERM' then 'STG' else 'LTG' end) || number::text) stored;

-- The upper bound of a measure's values: the instrument's score range (DOMAIN.md "Outcome measures"),
-- a PSFS activity's 0..10; null for a measure in another unit, which has no range.
create function treatment_plan_goal_measure_maximum(kind text, instrument text) returns numeric
    language sql immutable parallel safe as
$$
select case
           when kind = 'PSFS_ACTIVITY' then 10
           when kind = 'OUTCOME_INSTRUMENT' then
               case instrument when 'NPRS' then 10 when 'ODI' then 100 when 'PSFS' then 10 when 'RMDQ' then 24 end
       end
$$;

alter table treatment_plan_goal
    add constraint treatment_plan_goal_id_unique unique (plan_id, goal_id),
    add constraint treatment_plan_goal_number_positive check (number >= 1),
    add constraint treatment_plan_goal_term_known check (term in ('SHORT_TERM', 'LONG_TERM')),
    add constraint treatment_plan_goal_status_known
        check (status in ('ACTIVE', 'MET', 'PARTIALLY_MET', 'NOT_MET', 'DISCONTINUED')),
    add constraint treatment_plan_goal_status_dated check (status = 'ACTIVE' or status_on is not null),
    -- EPISODE.md: a goal's description is at most 1000 characters. Goals written before held up to
    -- 10000; they are not re-checked, so the migration never fails on one.
    add constraint treatment_plan_goal_description_length check (char_length(description) <= 1000) not valid,
    add constraint treatment_plan_goal_measure_kind_known
        check (measure_kind in ('OUTCOME_INSTRUMENT', 'PSFS_ACTIVITY', 'OTHER')),
    add constraint treatment_plan_goal_measure_instrument_known
        check (measure_instrument in ('NPRS', 'ODI', 'PSFS', 'RMDQ')),
    add constraint treatment_plan_goal_measure_comparator_known check (measure_comparator in ('AT_MOST', 'AT_LEAST')),
    add constraint treatment_plan_goal_measure_complete
        check ((measure_kind is null) = (measure_baseline is null)
           and (measure_baseline is null) = (measure_target is null)
           and (measure_target is null) = (measure_comparator is null)),
    -- An instrument names the instrument, a PSFS activity its activity, another measure its unit; nothing else.
    add constraint treatment_plan_goal_measure_details
        check ((measure_instrument is not null) = (measure_kind is not distinct from 'OUTCOME_INSTRUMENT')
           and (measure_activity_name is not null) = (measure_kind is not distinct from 'PSFS_ACTIVITY')
           and (measure_unit is not null) = (measure_kind is not distinct from 'OTHER')
           and btrim(measure_activity_name) <> ''
           and btrim(measure_unit) <> ''),
    -- AT_MOST: the target lies below the baseline; AT_LEAST: above it.
    add constraint treatment_plan_goal_measure_direction
        check ((measure_comparator = 'AT_MOST' and measure_target < measure_baseline)
            or (measure_comparator = 'AT_LEAST' and measure_target > measure_baseline)),
    add constraint treatment_plan_goal_measure_in_range
        check (measure_kind is null or measure_kind = 'OTHER'
            or (least(measure_baseline, measure_target) >= 0
                and greatest(measure_baseline, measure_target)
                    <= treatment_plan_goal_measure_maximum(measure_kind, measure_instrument))),
    -- Only the goal endpoints make short-term goals, and they take measurable goals only.
    add constraint treatment_plan_goal_short_term_measurable
        check (term = 'LONG_TERM' or (measure_kind is not null and target_date is not null));

-- Numbers a new goal from its plan's counter for the term (any number given is replaced).
create function treatment_plan_goal_take_number() returns trigger
    language plpgsql as
$$
begin
    if new.term = 'SHORT_TERM' then
        update treatment_plan set short_term_goals_numbered = short_term_goals_numbered + 1
         where id = new.plan_id
        returning short_term_goals_numbered into new.number;
    else
        update treatment_plan set long_term_goals_numbered = long_term_goals_numbered + 1
         where id = new.plan_id
        returning long_term_goals_numbered into new.number;
    end if;
    return new;
end
$$;

create trigger treatment_plan_goal_numbered
    before insert on treatment_plan_goal
    for each row execute function treatment_plan_goal_take_number();

-- A goal keeps its plan, term, number and place; a goal no longer ACTIVE never changes (EPISODE.md).
create function treatment_plan_goal_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if (new.plan_id, new.term, new.number, new.position) is distinct from
       (old.plan_id, old.term, old.number, old.position) then
        raise exception 'a goal keeps its plan, term, number and position'
            using errcode = 'check_violation', constraint = 'treatment_plan_goal_id_never_changes';
    end if;
    if old.status <> 'ACTIVE' then
        raise exception 'a % goal never changes', old.status
            using errcode = 'check_violation', constraint = 'treatment_plan_goal_closed_never_changes';
    end if;
    return new;
end
$$;

create trigger treatment_plan_goal_closed_never_changes
    before update on treatment_plan_goal
    for each row execute function treatment_plan_goal_refuse_change();

-- DOMAIN.md: PSFS compares like with like. Between a baseline and a latest PSFS, the change is the mean
-- of the latest scores minus the mean of the baseline scores over the activities present in both, names
-- matched ignoring case and surrounding spaces (blanks, tabs, line breaks); with no activity in common
-- there is no change and no MCID verdict. Each mean is taken to two decimals, as a PSFS score is.
-- The one rule Java (ilium.outcomes.PsfsComparison) and SQL (the outcomes report) share;
-- OutcomeMcidAgreementTests checks both give the same answer.
create function psfs_activity_key(name text)
    returns text
    language sql immutable parallel safe
return lower(btrim(name, E' \t\n\r'));

-- Both means null when the measures share no activity.
create function psfs_comparable_means(baseline_names text[], baseline_scores integer[],
                                      latest_names text[], latest_scores integer[],
                                      out baseline numeric, out latest numeric)
    language sql immutable parallel safe
as $$
    with b as (select psfs_activity_key(n) as name, s as score from unnest(baseline_names, baseline_scores) u(n, s)),
         l as (select psfs_activity_key(n) as name, s as score from unnest(latest_names, latest_scores) u(n, s))
    select (select round(avg(score), 2) from b where name in (select name from l)),
           (select round(avg(score), 2) from l where name in (select name from b))
$$;

-- The outcomes report finds a patient's baseline and latest PSFS by seq (its order within a day).
create unique index outcome_measure_seq_unique on outcome_measure (seq);

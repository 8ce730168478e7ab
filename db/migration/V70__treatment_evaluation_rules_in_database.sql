-- DOMAIN.md "Where the rules live": PostgreSQL holds the Laslett cluster, so no code path (a script,
-- the demo data, a future module) can store a cluster that does not follow from its five tests.
-- LaslettCluster computes the same in Java; EvaluationDatabaseTests checks the two agree on all
-- 243 combinations.
create type evaluation_cluster as (positive_count integer, tested_count integer, result text);

-- DOMAIN.md, SI joint evaluation (Laslett 2005): SUPPORTS_SI_JOINT_PAIN when 2 or more of distraction,
-- thigh thrust, compression and sacral thrust are positive; DOES_NOT_SUPPORT when all four were tested
-- and at most 1 is positive; INSUFFICIENT_TESTS otherwise. Gaenslen is counted, never decides.
create function evaluation_cluster_of(distraction text, thigh_thrust text, compression text,
                                      sacral_thrust text, gaenslen text)
    returns evaluation_cluster
    language sql immutable strict parallel safe as
$$
select row(four.positive + (gaenslen = 'POSITIVE')::integer,
           four.tested + (gaenslen <> 'NOT_TESTED')::integer,
           case when four.positive >= 2 then 'SUPPORTS_SI_JOINT_PAIN'
                when four.tested = 4 then 'DOES_NOT_SUPPORT'
                else 'INSUFFICIENT_TESTS' end)::evaluation_cluster
  from (select (distraction = 'POSITIVE')::integer + (thigh_thrust = 'POSITIVE')::integer
               + (compression = 'POSITIVE')::integer + (sacral_thrust = 'POSITIVE')::integer as positive,
               (distraction <> 'NOT_TESTED')::integer + (thigh_thrust <> 'NOT_TESTED')::integer
               + (compression <> 'NOT_TESTED')::integer + (sacral_thrust <> 'NOT_TESTED')::integer as tested) four
$$;

-- Rows recorded before this migration were computed under the old rule (3 of 5 positive, or 2 of the
-- four with Gaenslen untested; all five tested with at most 2 positive did not support). The cluster is
-- derived from the tests, which are kept as recorded, so it is recomputed here under the revised rule
-- before the constraint is added: an evaluation of P/N/P/N/N that said DOES_NOT_SUPPORT now says
-- SUPPORTS_SI_JOINT_PAIN, as it would if recorded today.
update evaluation e
   set (cluster_positive_count, cluster_tested_count, cluster_result) = (
        select c.positive_count, c.tested_count, c.result
          from evaluation_cluster_of(e.distraction, e.thigh_thrust, e.compression, e.sacral_thrust, e.gaenslen) c)
 where row(e.cluster_positive_count, e.cluster_tested_count, e.cluster_result)::evaluation_cluster
       is distinct from evaluation_cluster_of(e.distraction, e.thigh_thrust, e.compression, e.sacral_thrust,
                                              e.gaenslen);

alter table evaluation add constraint evaluation_cluster_follows_tests check (
    row(cluster_positive_count, cluster_tested_count, cluster_result)::evaluation_cluster
    is not distinct from evaluation_cluster_of(distraction, thigh_thrust, compression, sacral_thrust, gaenslen));

-- DOMAIN.md: aslrEasierWithCompression true needs a positive ASLR (left + right >= 1) in the same
-- evaluation. An absent ASLR counts as not positive (coalesce), else NULL would let the row through.
-- Unlike the cluster, this flag is an observation, not derived data: rows that broke the rule before it
-- existed are kept as recorded rather than rewritten. The constraint is added NOT VALID (it holds for
-- every new or changed row at once) and validated here when no old row breaks it, which is the case on
-- every database the service itself has written since this rule; otherwise a warning counts the rows
-- a clinician should review, and `alter table evaluation validate constraint ...` finishes the job.
alter table evaluation add constraint evaluation_aslr_compression_needs_positive_aslr check (
    aslr_easier_with_compression is not true or coalesce(aslr_left + aslr_right, 0) >= 1) not valid;

do
$$
declare
    contradictory bigint;
begin
    select count(*) into contradictory from evaluation
     where aslr_easier_with_compression and coalesce(aslr_left + aslr_right, 0) < 1;
    if contradictory = 0 then
        alter table evaluation validate constraint evaluation_aslr_compression_needs_positive_aslr;
    else
        raise warning '% evaluation(s) say ASLR is easier with compression without a positive ASLR; kept as recorded', contradictory;
    end if;
end
$$;

-- EPISODE.md R11: a plan completes only with its signed discharge summary. The service checks it first (and that
-- the summary is dated on or after the last treatment day, which needs the billing rules), answering 422
-- discharge-summary-required; PostgreSQL refuses the move to COMPLETED without a signed summary, whoever writes
-- it. The summary's row is locked FOR SHARE, so a concurrent change to it and the completion are ordered.
-- Treatment owns the plan, episode the summary: this is episode's rule, answering treatment's question
-- (DischargeRequirement in Java), so it lives in episode's migration.
create function treatment_plan_refuse_completion_without_discharge_summary() returns trigger
    language plpgsql as
$$
begin
    if new.status = 'COMPLETED' and old.status is distinct from 'COMPLETED'
       and not exists (select 1
                         from episode_document
                        where plan_id = new.id and kind = 'DISCHARGE_SUMMARY' and status = 'SIGNED'
                          for share) then
        raise exception 'a plan completes only with its signed discharge summary'
            using errcode = 'check_violation', constraint = 'treatment_plan_completed_with_discharge_summary';
    end if;
    return new;
end
$$;

create trigger treatment_plan_summary_before_completion
    before update of status on treatment_plan
    for each row execute function treatment_plan_refuse_completion_without_discharge_summary();

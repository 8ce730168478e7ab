-- Reports filter outcomes by the day they were taken within a plan, and plans by activity.
create index outcome_measure_plan_taken_on_idx on outcome_measure (treatment_plan_id, taken_on) where treatment_plan_id is not null;
create index treatment_plan_activated_at_idx on treatment_plan (activated_at) where activated_at is not null;

-- Reports start from the measures taken in a period and need only who, which instrument and
-- which plan: with those columns in the index PostgreSQL answers from the index alone (the
-- table is append-only, so its pages stay all-visible). Replaces the plain index on taken_on.
create index outcome_measure_taken_on_covering_idx on outcome_measure (taken_on)
    include (patient_id, instrument, treatment_plan_id);
drop index outcome_measure_taken_on_idx;

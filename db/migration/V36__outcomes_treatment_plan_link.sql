-- An outcome linked to a plan names a real plan (the treatment module landed after V35).
alter table outcome_measure
    add constraint outcome_measure_treatment_plan_fk foreign key (treatment_plan_id) references treatment_plan (id);

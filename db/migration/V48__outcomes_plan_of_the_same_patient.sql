-- A measure linked to a treatment plan belongs to that plan's patient (API.md: treatmentPlanId must
-- name one of the patient's own plans). V36's foreign key only proved the plan exists; this one
-- proves it is the patient's. The unique (id, patient_id) on treatment_plan is what it references
-- (id alone is already unique, so it changes nothing else).
alter table treatment_plan add constraint treatment_plan_id_patient_unique unique (id, patient_id);
alter table outcome_measure add constraint outcome_measure_plan_of_the_patient_fk
    foreign key (treatment_plan_id, patient_id) references treatment_plan (id, patient_id);

-- The plan of care on the treatment plan (EPISODE.md "Data"; Pub. 100-02 ch. 15 §220.1.2): the payer
-- profile that decides the unit rule and the clocks, the referral when there is one, and the services
-- planned. Absent until the plan's therapist puts them; readiness for certification asks for them.
alter table treatment_plan
    add column payer_profile              varchar(30),
    add column planned_services           text[],
    add column referral_practitioner_name varchar(200),
    add column referral_npi               varchar(10),
    add column referral_order_date        date,
    add column referral_order_on_file     boolean;

-- Whether a text array names each element once (planned services are a set).
create function treatment_plan_services_distinct(services text[]) returns boolean
    language sql immutable strict parallel safe as
$$
select count(distinct service) = count(*) from unnest(services) service
$$;

alter table treatment_plan
    add constraint treatment_plan_payer_profile_known
        check (payer_profile in ('MEDICARE_PART_B', 'COMMERCIAL_CMS_RULE', 'COMMERCIAL_CPT_RULE', 'SELF_PAY')),
    -- EPISODE.md: a plan of care names its payer profile and at least one planned service together.
    add constraint treatment_plan_plan_of_care_complete
        check ((payer_profile is null) = (planned_services is null)),
    add constraint treatment_plan_planned_services_not_empty check (cardinality(planned_services) >= 1),
    -- R1: the timed codes and the re-evaluation; the evaluation codes follow from the note's complexity.
    add constraint treatment_plan_planned_services_known
        check (planned_services <@ array['97035', '97110', '97112', '97116', '97140', '97164', '97530',
                                         '97535']::text[]),
    add constraint treatment_plan_planned_services_distinct
        check (treatment_plan_services_distinct(planned_services)),
    add constraint treatment_plan_referral_complete
        check ((referral_practitioner_name is null) = (referral_npi is null)
           and (referral_npi is null) = (referral_order_date is null)
           and (referral_order_date is null) = (referral_order_on_file is null)),
    add constraint treatment_plan_referral_practitioner_not_blank check (btrim(referral_practitioner_name) <> ''),
    add constraint treatment_plan_referral_npi_valid check (npi_is_valid(referral_npi)),
    add constraint treatment_plan_referral_only_with_plan_of_care
        check (referral_npi is null or payer_profile is not null);

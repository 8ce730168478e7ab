-- DOMAIN.md "Where the rules live": PostgreSQL holds the red-flag table, so no code path (a script, the
-- demo data, a future module) can store a screening whose flags or disposition do not follow from its
-- answers: a CLEAR_TO_TREAT screening with saddle anaesthesia is refused. RedFlag and Disposition
-- compute the same in Java; ScreeningDatabaseTests checks the two agree on all 2^11 answer combinations.
-- The flags are listed in the table order of DOMAIN.md (RedFlag's order), which is how the service
-- stores them, so the arrays compare equal element by element.
create type screening_outcome as (red_flags text[], disposition text);

create function screening_outcome_of(fever boolean, low_back_or_buttock_pain boolean, deep_thigh_pain boolean,
                                     difficulty_walking boolean, saddle_anesthesia boolean,
                                     bladder_or_bowel_dysfunction boolean, progressive_neurological_deficit boolean,
                                     history_of_cancer boolean, unexplained_weight_loss boolean, major_trauma boolean,
                                     immunosuppression_or_iv_drug_use boolean, contributing_factors text[])
    returns screening_outcome
    language sql immutable strict parallel safe as
$$
select row(flags.raised,
           -- The most severe disposition of the flags raised; none: clear to treat.
           case when flags.raised && array['POSSIBLE_SI_JOINT_INFECTION', 'POSSIBLE_CAUDA_EQUINA',
                                           'PROGRESSIVE_NEUROLOGICAL_DEFICIT'] then 'URGENT_REFERRAL'
                when cardinality(flags.raised) > 0 then 'REFER_TO_PHYSICIAN'
                else 'CLEAR_TO_TREAT' end)::screening_outcome
  from (select array_remove(array[
                   case when infection.pattern then 'POSSIBLE_SI_JOINT_INFECTION' end,
                   case when saddle_anesthesia or bladder_or_bowel_dysfunction then 'POSSIBLE_CAUDA_EQUINA' end,
                   case when progressive_neurological_deficit then 'PROGRESSIVE_NEUROLOGICAL_DEFICIT' end,
                   case when fever and not infection.pattern then 'SYSTEMIC_SIGNS' end,
                   case when history_of_cancer or unexplained_weight_loss then 'POSSIBLE_MALIGNANCY' end,
                   case when major_trauma then 'POSSIBLE_FRACTURE' end,
                   case when immunosuppression_or_iv_drug_use
                             or contributing_factors && array['JOINT_INFECTION', 'ENDOCARDITIS'] then 'INFECTION_RISK' end
               ], null) as raised
          -- Fever and low back or buttock pain and (deep thigh pain or difficulty walking).
          from (select fever and low_back_or_buttock_pain and (deep_thigh_pain or difficulty_walking) as pattern)
               infection) flags
$$;

-- Every screening so far was computed by the same RedFlag table (unchanged since V21), so existing rows
-- already follow it and nothing is recomputed: a screening's disposition is what the clinic acted on
-- (referrals, clearances) and is never rewritten. Should a row written outside the service break the
-- rule, this migration stops and names the constraint, for a clinician to look at that screening.
alter table screening add constraint screening_flags_follow_answers check (
    row(red_flags, disposition)::screening_outcome
    is not distinct from screening_outcome_of(fever, low_back_or_buttock_pain, deep_thigh_pain, difficulty_walking,
                                              saddle_anesthesia, bladder_or_bowel_dysfunction,
                                              progressive_neurological_deficit, history_of_cancer,
                                              unexplained_weight_loss, major_trauma,
                                              immunosuppression_or_iv_drug_use, contributing_factors));

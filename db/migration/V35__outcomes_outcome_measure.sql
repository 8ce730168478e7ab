-- Outcome measures (DOMAIN.md "Outcome measures"): the raw answers and the score the service computed.
-- ODI: the section scores only, never the questionnaire's text (copyrighted, Fairbank / Mapi Research Trust).
-- treatment_plan_id has no foreign key yet: the treatment module is built in parallel; the lead wires
-- the plan check (and the FK) after merging.
create table outcome_measure (
    id                uuid         primary key,
    seq               bigint       generated always as identity,
    patient_id        uuid         not null,
    treatment_plan_id uuid,
    instrument        varchar(4)   not null,
    taken_on          date         not null,
    score             numeric(5,2) not null,
    interpretation    varchar(10),
    nprs_score        smallint,
    odi_answers       smallint[],
    rmdq_answers      boolean[],
    recorded_by       uuid         not null,
    created_at        timestamptz  not null,
    constraint outcome_measure_patient_fk foreign key (patient_id) references patient (id),
    constraint outcome_measure_instrument_known check (instrument in ('NPRS', 'ODI', 'PSFS', 'RMDQ')),
    constraint outcome_measure_taken_on_plausible check (taken_on >= date '2000-01-01'),
    -- each instrument keeps its own answers and nothing of another's
    constraint outcome_measure_nprs_answers check ((instrument = 'NPRS') = (nprs_score is not null)),
    constraint outcome_measure_odi_answers check ((instrument = 'ODI') = (odi_answers is not null)),
    constraint outcome_measure_rmdq_answers check ((instrument = 'RMDQ') = (rmdq_answers is not null)),
    constraint outcome_measure_interpretation_only_odi check ((instrument = 'ODI') = (interpretation is not null)),
    constraint outcome_measure_score_range check (case instrument
        when 'NPRS' then score between 0 and 10 and score = trunc(score)
        when 'ODI'  then score between 0 and 100 and score = round(score, 1)
        when 'PSFS' then score between 0 and 10
        when 'RMDQ' then score between 0 and 24 and score = trunc(score)
    end),
    constraint outcome_measure_nprs_score check (nprs_score between 0 and 10 and score = nprs_score),
    -- ODI v2.1a: exactly 10 sections, each 0..5 or unanswered (null); at least 8 answered
    constraint outcome_measure_odi_sections check (
        array_ndims(odi_answers) = 1 and cardinality(odi_answers) = 10
        and 0 <= all (odi_answers) and 5 >= all (odi_answers)),
    constraint outcome_measure_odi_answered check (cardinality(array_remove(odi_answers, null)) >= 8),
    -- sum ÷ (5 × answered) × 100, one decimal; numeric round() is half up for these non-negative values
    constraint outcome_measure_odi_score check (score = round(
        (coalesce(odi_answers[1], 0) + coalesce(odi_answers[2], 0) + coalesce(odi_answers[3], 0)
         + coalesce(odi_answers[4], 0) + coalesce(odi_answers[5], 0) + coalesce(odi_answers[6], 0)
         + coalesce(odi_answers[7], 0) + coalesce(odi_answers[8], 0) + coalesce(odi_answers[9], 0)
         + coalesce(odi_answers[10], 0)) * 100.0 / (5 * cardinality(array_remove(odi_answers, null))), 1)),
    constraint outcome_measure_odi_band check (interpretation = case
        when score <= 20 then 'MINIMAL' when score <= 40 then 'MODERATE' when score <= 60 then 'SEVERE'
        when score <= 80 then 'CRIPPLING' else 'BED_BOUND' end),
    -- RMDQ: exactly 24 yes/no answers; the score is the count of yes
    constraint outcome_measure_rmdq_items check (
        array_ndims(rmdq_answers) = 1 and cardinality(rmdq_answers) = 24
        and array_position(rmdq_answers, null) is null
        and score = cardinality(array_positions(rmdq_answers, true)))
);

create index outcome_measure_patient_series_idx on outcome_measure (patient_id, instrument, taken_on, seq);
create index outcome_measure_treatment_plan_idx on outcome_measure (treatment_plan_id);
create index outcome_measure_taken_on_idx on outcome_measure (taken_on);

-- PSFS (Stratford 1995): 1..5 activities the patient names, each scored 0..10; the score is their mean.
create table psfs_activity (
    outcome_measure_id uuid         not null,
    position           smallint     not null,
    name               varchar(200) not null,
    score              smallint     not null,
    constraint psfs_activity_pk primary key (outcome_measure_id, position),
    constraint psfs_activity_outcome_measure_fk foreign key (outcome_measure_id) references outcome_measure (id),
    constraint psfs_activity_position_range check (position between 1 and 5),
    constraint psfs_activity_name_not_blank check (btrim(name) <> ''),
    constraint psfs_activity_score_range check (score between 0 and 10)
);

-- DOMAIN.md MCIDs (Ostelo 2008), the one rule Java (ilium.outcomes.Mcid) and SQL (reports' views) share;
-- OutcomeMcidAgreementTests checks both give the same answer on a grid of values.
-- NPRS drop >= 2 points or >= 30 %; ODI drop >= 10 points or >= 30 %; PSFS rise >= 2 points;
-- RMDQ drop >= 5 points or >= 30 %. The 30 % rules need a baseline above 0.
create function outcome_improved_by_mcid(instrument text, baseline numeric, latest numeric)
    returns boolean
    language sql immutable strict parallel safe
return case instrument
    when 'NPRS' then baseline - latest >= 2 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
    when 'ODI'  then baseline - latest >= 10 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
    when 'PSFS' then latest - baseline >= 2
    when 'RMDQ' then baseline - latest >= 5 or (baseline > 0 and (baseline - latest) * 10 >= baseline * 3)
end;

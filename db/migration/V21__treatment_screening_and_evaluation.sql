-- Red-flag screenings (DOMAIN.md, Red-flag screening). Every question is answered; the flags
-- and the disposition are computed by the service and kept as they were when screened.
create table screening (
    id                                uuid primary key,
    patient_id                        uuid         not null,
    recorded_by                       uuid         not null,
    recorded_at                       timestamptz  not null,
    fever                             boolean      not null,
    low_back_or_buttock_pain          boolean      not null,
    deep_thigh_pain                   boolean      not null,
    difficulty_walking                boolean      not null,
    saddle_anesthesia                 boolean      not null,
    bladder_or_bowel_dysfunction      boolean      not null,
    progressive_neurological_deficit  boolean      not null,
    history_of_cancer                 boolean      not null,
    unexplained_weight_loss           boolean      not null,
    major_trauma                      boolean      not null,
    immunosuppression_or_iv_drug_use  boolean      not null,
    pain_side                         varchar(20),
    pain_locations                    text[]       not null,
    symptoms                          text[]       not null,
    contributing_factors              text[]       not null,
    nprs                              integer,
    red_flags                         text[]       not null,
    disposition                       varchar(30)  not null,
    cleared_by                        varchar(200),
    cleared_on                        date,
    clearance_note                    varchar(10000),
    clearance_recorded_at             timestamptz,
    clearance_recorded_by             uuid,
    constraint screening_patient_fk foreign key (patient_id) references patient (id),
    constraint screening_pain_side_known check (pain_side in ('LEFT', 'RIGHT', 'BILATERAL')),
    constraint screening_pain_locations_known check (pain_locations <@ array['LOWER_BACK', 'BUTTOCKS', 'HIPS',
        'PELVIS', 'GROIN', 'THIGHS']::text[]),
    constraint screening_symptoms_known check (symptoms <@ array['SHARP_PAIN', 'WORSE_ON_STANDING_UP',
        'PELVIC_BURNING', 'NUMBNESS_TINGLING', 'PAIN_RADIATING_TO_THIGHS']::text[]),
    constraint screening_contributing_factors_known check (contributing_factors <@ array['OSTEOARTHRITIS',
        'ANKYLOSING_SPONDYLITIS', 'PREGNANCY', 'CHILDBIRTH', 'TRAUMA', 'JOINT_INFECTION', 'URINARY_TRACT_INFECTION',
        'ENDOCARDITIS', 'ABNORMAL_GAIT', 'PRIOR_LUMBAR_SURGERY', 'LEG_LENGTH_DIFFERENCE', 'HEAVY_LIFTING']::text[]),
    constraint screening_nprs_range check (nprs between 0 and 10),
    constraint screening_red_flags_known check (red_flags <@ array['POSSIBLE_SI_JOINT_INFECTION',
        'POSSIBLE_CAUDA_EQUINA', 'PROGRESSIVE_NEUROLOGICAL_DEFICIT', 'SYSTEMIC_SIGNS', 'POSSIBLE_MALIGNANCY',
        'POSSIBLE_FRACTURE', 'INFECTION_RISK']::text[]),
    constraint screening_disposition_known check (disposition in ('CLEAR_TO_TREAT', 'REFER_TO_PHYSICIAN',
        'URGENT_REFERRAL')),
    -- DOMAIN.md: no flag means clear to treat, and a flag always means a referral.
    constraint screening_disposition_matches_flags check ((disposition = 'CLEAR_TO_TREAT') = (cardinality(red_flags) = 0)),
    -- Only a referral can be cleared, and a clearance names the physician and the date.
    constraint screening_clearance_complete check (
        (cleared_by is null) = (cleared_on is null)
        and (cleared_by is null) = (clearance_recorded_at is null)
        and (cleared_by is null or disposition <> 'CLEAR_TO_TREAT')),
    constraint screening_cleared_by_not_blank check (btrim(cleared_by) <> '')
);

create index screening_patient_recorded_at_idx on screening (patient_id, recorded_at);
create index screening_disposition_idx on screening (disposition);

-- SI joint evaluations (DOMAIN.md, SI joint evaluation). The Laslett cluster is computed by the
-- service and kept with the test results it came from.
create table evaluation (
    id                            uuid primary key,
    patient_id                    uuid         not null,
    appointment_id                uuid,
    recorded_by                   uuid         not null,
    recorded_at                   timestamptz  not null,
    distraction                   varchar(20)  not null,
    thigh_thrust                  varchar(20)  not null,
    compression                   varchar(20)  not null,
    sacral_thrust                 varchar(20)  not null,
    gaenslen                      varchar(20)  not null,
    cluster_positive_count        integer      not null,
    cluster_tested_count          integer      not null,
    cluster_result                varchar(30)  not null,
    aslr_left                     integer,
    aslr_right                    integer,
    aslr_easier_with_compression  boolean,
    joint_mobility                varchar(20),
    pain_side                     varchar(20),
    nprs                          integer,
    findings                      varchar(10000),
    constraint evaluation_patient_fk foreign key (patient_id) references patient (id),
    constraint evaluation_appointment_fk foreign key (appointment_id) references appointment (id),
    constraint evaluation_tests_known check (
        distraction in ('POSITIVE', 'NEGATIVE', 'NOT_TESTED') and thigh_thrust in ('POSITIVE', 'NEGATIVE', 'NOT_TESTED')
        and compression in ('POSITIVE', 'NEGATIVE', 'NOT_TESTED') and sacral_thrust in ('POSITIVE', 'NEGATIVE', 'NOT_TESTED')
        and gaenslen in ('POSITIVE', 'NEGATIVE', 'NOT_TESTED')),
    constraint evaluation_cluster_counts_range check (
        cluster_tested_count between 0 and 5 and cluster_positive_count between 0 and cluster_tested_count),
    constraint evaluation_cluster_result_known check (cluster_result in ('SUPPORTS_SI_JOINT_PAIN', 'DOES_NOT_SUPPORT',
        'INSUFFICIENT_TESTS')),
    constraint evaluation_aslr_range check (aslr_left between 0 and 5 and aslr_right between 0 and 5),
    constraint evaluation_aslr_complete check ((aslr_left is null) = (aslr_right is null)),
    constraint evaluation_joint_mobility_known check (joint_mobility in ('HYPERMOBILE', 'NORMAL', 'HYPOMOBILE')),
    constraint evaluation_pain_side_known check (pain_side in ('LEFT', 'RIGHT', 'BILATERAL')),
    constraint evaluation_nprs_range check (nprs between 0 and 10)
);

create index evaluation_patient_recorded_at_idx on evaluation (patient_id, recorded_at);
create index evaluation_appointment_idx on evaluation (appointment_id);
create index evaluation_cluster_result_idx on evaluation (cluster_result);

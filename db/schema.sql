-- The schema db/migration builds, as SchemaDumpTests reads it from PostgreSQL's catalogs.
-- Generated: never edit by hand. After changing a migration run SchemaDumpTests, then
--   cp target/schema.sql db/schema.sql

-- extensions
btree_gist
pg_trgm
unaccent

-- types
clinic_time_range range of time without time zone
evaluation_cluster (positive_count integer, tested_count integer, result text)
screening_outcome (red_flags text[], disposition text)

-- table appointment
  id uuid not null
  patient_id uuid not null
  therapist_id uuid not null
  starts_at timestamp with time zone not null
  ends_at timestamp with time zone not null
  duration_minutes integer not null
  type character varying(20) not null
  status character varying(20) not null default 'BOOKED'::character varying
  note character varying(10000)
  series_id uuid
  cancellation_reason character varying(200)
  late_cancellation boolean not null default false
  cancelled_at timestamp with time zone
  checked_in_at timestamp with time zone
  completed_at timestamp with time zone
  version bigint not null default 0
  created_at timestamp with time zone not null
  constraint appointment_cancellation_has_reason CHECK ((((status)::text = 'CANCELLED'::text) = (cancellation_reason IS NOT NULL)))
  constraint appointment_checked_in_near_its_start CHECK (((checked_in_at IS NULL) OR (checked_in_at >= (starts_at - '24:00:00'::interval))))
  constraint appointment_duration_allowed CHECK ((((duration_minutes >= 15) AND (duration_minutes <= 180)) AND ((duration_minutes % 5) = 0)))
  constraint appointment_end_matches_duration CHECK ((ends_at = (starts_at + make_interval(mins => duration_minutes))))
  constraint appointment_id_duration_unique UNIQUE (id, duration_minutes)
  constraint appointment_id_therapist_unique UNIQUE (id, therapist_id)
  constraint appointment_id_type_unique UNIQUE (id, type)
  constraint appointment_no_double_booking_patient EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (((status)::text <> ALL ((ARRAY['CANCELLED'::character varying, 'NO_SHOW'::character varying])::text[])))
  constraint appointment_no_double_booking_therapist EXCLUDE USING gist (therapist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (((status)::text <> ALL ((ARRAY['CANCELLED'::character varying, 'NO_SHOW'::character varying])::text[])))
  constraint appointment_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint appointment_pkey PRIMARY KEY (id)
  constraint appointment_status_known CHECK (((status)::text = ANY ((ARRAY['BOOKED'::character varying, 'CHECKED_IN'::character varying, 'COMPLETED'::character varying, 'CANCELLED'::character varying, 'NO_SHOW'::character varying])::text[])))
  constraint appointment_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  constraint appointment_type_known CHECK (((type)::text = ANY ((ARRAY['INITIAL_EVALUATION'::character varying, 'FOLLOW_UP'::character varying, 'RE_EVALUATION'::character varying, 'DISCHARGE'::character varying])::text[])))
  CREATE UNIQUE INDEX appointment_id_duration_unique ON public.appointment USING btree (id, duration_minutes)
  CREATE UNIQUE INDEX appointment_id_therapist_unique ON public.appointment USING btree (id, therapist_id)
  CREATE UNIQUE INDEX appointment_id_type_unique ON public.appointment USING btree (id, type)
  CREATE INDEX appointment_no_double_booking_patient ON public.appointment USING gist (patient_id, tstzrange(starts_at, ends_at)) WHERE ((status)::text <> ALL ((ARRAY['CANCELLED'::character varying, 'NO_SHOW'::character varying])::text[]))
  CREATE INDEX appointment_no_double_booking_therapist ON public.appointment USING gist (therapist_id, tstzrange(starts_at, ends_at)) WHERE ((status)::text <> ALL ((ARRAY['CANCELLED'::character varying, 'NO_SHOW'::character varying])::text[]))
  CREATE INDEX appointment_patient_starts_at_idx ON public.appointment USING btree (patient_id, starts_at)
  CREATE UNIQUE INDEX appointment_pkey ON public.appointment USING btree (id)
  CREATE INDEX appointment_series_idx ON public.appointment USING btree (series_id) WHERE (series_id IS NOT NULL)
  CREATE INDEX appointment_starts_at_idx ON public.appointment USING btree (starts_at)
  CREATE INDEX appointment_status_starts_at_idx ON public.appointment USING btree (status, starts_at)
  CREATE INDEX appointment_therapist_starts_at_idx ON public.appointment USING btree (therapist_id, starts_at)
  CREATE TRIGGER appointment_status_moves_forward BEFORE UPDATE OF status ON appointment FOR EACH ROW EXECUTE FUNCTION appointment_refuse_status_move()

-- table appointment_idempotency_key
  user_id uuid not null
  key character varying(200) not null
  request_hash character varying(64) not null
  appointment_id uuid
  series_id uuid
  created_at timestamp with time zone not null
  constraint appointment_idempotency_key_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment(id) DEFERRABLE INITIALLY DEFERRED
  constraint appointment_idempotency_key_pk PRIMARY KEY (user_id, key)
  constraint appointment_idempotency_key_result_known CHECK (((appointment_id IS NULL) <> (series_id IS NULL)))
  CREATE INDEX appointment_idempotency_key_appointment_idx ON public.appointment_idempotency_key USING btree (appointment_id)
  CREATE INDEX appointment_idempotency_key_created_at_idx ON public.appointment_idempotency_key USING btree (created_at)
  CREATE UNIQUE INDEX appointment_idempotency_key_pk ON public.appointment_idempotency_key USING btree (user_id, key)

-- table audit_event
  id bigint not null generated always as identity
  at timestamp with time zone not null
  user_id uuid
  username character varying(100)
  role character varying(20)
  action character varying(60) not null
  resource_type character varying(60) not null
  resource_id character varying(100)
  patient_id uuid
  outcome character varying(10) not null
  constraint audit_event_outcome_known CHECK (((outcome)::text = ANY ((ARRAY['ALLOWED'::character varying, 'DENIED'::character varying])::text[])))
  constraint audit_event_pkey PRIMARY KEY (id)
  CREATE INDEX audit_event_at_idx ON public.audit_event USING btree (at)
  CREATE INDEX audit_event_patient_at_idx ON public.audit_event USING btree (patient_id, at)
  CREATE UNIQUE INDEX audit_event_pkey ON public.audit_event USING btree (id)
  CREATE INDEX audit_event_user_at_idx ON public.audit_event USING btree (user_id, at)
  CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()
  CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()

-- table billing_allowed_amount
  year smallint not null
  cpt character varying(5) not null
  amount numeric(12,2) not null
  constraint billing_allowed_amount_cpt_known CHECK (((cpt)::text = ANY ((ARRAY['97035'::character varying, '97110'::character varying, '97112'::character varying, '97116'::character varying, '97140'::character varying, '97161'::character varying, '97162'::character varying, '97163'::character varying, '97164'::character varying, '97530'::character varying, '97535'::character varying])::text[])))
  constraint billing_allowed_amount_not_negative CHECK ((amount >= (0)::numeric))
  constraint billing_allowed_amount_pkey PRIMARY KEY (year, cpt)
  constraint billing_allowed_amount_year_fk FOREIGN KEY (year) REFERENCES billing_configuration(year) ON DELETE CASCADE
  CREATE UNIQUE INDEX billing_allowed_amount_pkey ON public.billing_allowed_amount USING btree (year, cpt)

-- table billing_configuration
  year smallint not null
  kx_threshold numeric(12,2) not null
  targeted_review_threshold numeric(12,2) not null
  constraint billing_configuration_kx_threshold_not_negative CHECK ((kx_threshold >= (0)::numeric))
  constraint billing_configuration_pkey PRIMARY KEY (year)
  constraint billing_configuration_targeted_review_threshold_not_negative CHECK ((targeted_review_threshold >= (0)::numeric))
  constraint billing_configuration_year_range CHECK (((year >= 2000) AND (year <= 2100)))
  CREATE UNIQUE INDEX billing_configuration_pkey ON public.billing_configuration USING btree (year)

-- table certification_interval
  plan_id uuid not null
  seq integer not null
  previous_seq integer generated always as (
CASE
    WHEN (seq > 1) THEN (seq - 1)
    ELSE NULL::integer
END) stored
  interval_start date not null
  interval_end date not null
  constraint certification_interval_bounds CHECK (((interval_end >= interval_start) AND (interval_end <= (interval_start + 89))))
  constraint certification_interval_pk PRIMARY KEY (plan_id, seq)
  constraint certification_interval_previous_fk FOREIGN KEY (plan_id, previous_seq) REFERENCES certification_interval(plan_id, seq)
  constraint certification_interval_seq_positive CHECK ((seq >= 1))
  CREATE UNIQUE INDEX certification_interval_pk ON public.certification_interval USING btree (plan_id, seq)
  CREATE TRIGGER certification_interval_append_only BEFORE DELETE OR UPDATE ON certification_interval FOR EACH ROW EXECUTE FUNCTION certification_write_refuse_change()
  CREATE TRIGGER certification_interval_no_truncate BEFORE TRUNCATE ON certification_interval FOR EACH STATEMENT EXECUTE FUNCTION certification_write_refuse_change()

-- table certification_write
  plan_id uuid not null
  seq integer not null
  revision integer not null
  method character varying(30) not null
  sent_on date
  verbal_on date
  signed_on date
  certifier_name character varying(200) not null
  certifier_npi character varying(10)
  delay_reason character varying(1000)
  written_by uuid not null
  written_at timestamp with time zone not null
  constraint certification_write_certifier_npi_valid CHECK (npi_is_valid((certifier_npi)::text))
  constraint certification_write_interval_fk FOREIGN KEY (plan_id, seq) REFERENCES certification_interval(plan_id, seq)
  constraint certification_write_method_known CHECK (((method)::text = ANY ((ARRAY['SIGNED'::character varying, 'VERBAL_THEN_SIGNED'::character varying, 'REFERRAL_EXCEPTION_2025'::character varying])::text[])))
  constraint certification_write_pk PRIMARY KEY (plan_id, seq, revision)
  constraint certification_write_referral_exception_first_unsigned CHECK ((((method)::text <> 'REFERRAL_EXCEPTION_2025'::text) OR ((seq = 1) AND (signed_on IS NULL))))
  constraint certification_write_revision_positive CHECK ((revision >= 1))
  constraint certification_write_signed_after_sent CHECK ((signed_on >= sent_on))
  constraint certification_write_signed_after_verbal CHECK ((signed_on >= verbal_on))
  constraint certification_write_verbal_only_when_verbal CHECK (((verbal_on IS NULL) OR ((method)::text = 'VERBAL_THEN_SIGNED'::text)))
  CREATE UNIQUE INDEX certification_write_pk ON public.certification_write USING btree (plan_id, seq, revision)
  CREATE TRIGGER certification_write_append_only BEFORE DELETE OR UPDATE ON certification_write FOR EACH ROW EXECUTE FUNCTION certification_write_refuse_change()
  CREATE TRIGGER certification_write_no_truncate BEFORE TRUNCATE ON certification_write FOR EACH STATEMENT EXECUTE FUNCTION certification_write_refuse_change()

-- table episode_document
  id uuid not null
  plan_id uuid not null
  kind character varying(20) not null
  through_date date not null
  period_start date
  reason character varying(30)
  body character varying(20000) not null
  status character varying(10) not null default 'DRAFT'::character varying
  author_id uuid not null
  created_at timestamp with time zone not null
  signed_at timestamp with time zone
  home_program_at_discharge jsonb
  version integer not null default 0
  constraint episode_document_home_program_of_a_signed_discharge CHECK (((home_program_at_discharge IS NOT NULL) = (((kind)::text = 'DISCHARGE_SUMMARY'::text) AND ((status)::text = 'SIGNED'::text))))
  constraint episode_document_kind_known CHECK (((kind)::text = ANY ((ARRAY['PROGRESS_REPORT'::character varying, 'DISCHARGE_SUMMARY'::character varying])::text[])))
  constraint episode_document_period_start_not_after_end CHECK ((period_start <= through_date))
  constraint episode_document_period_start_when_signed_report CHECK (((((kind)::text = 'PROGRESS_REPORT'::text) AND ((status)::text = 'SIGNED'::text)) = (period_start IS NOT NULL)))
  constraint episode_document_pkey PRIMARY KEY (id)
  constraint episode_document_reason_of_a_discharge CHECK (((((kind)::text = 'DISCHARGE_SUMMARY'::text) = (reason IS NOT NULL)) AND ((reason IS NULL) OR ((reason)::text = ANY ((ARRAY['GOALS_MET'::character varying, 'PLATEAU'::character varying, 'PATIENT_SELF_DISCHARGED'::character varying, 'REFERRED_TO_PHYSICIAN'::character varying, 'RED_FLAG'::character varying, 'OTHER'::character varying])::text[])))))
  constraint episode_document_signed_when_signed CHECK ((((status)::text = 'SIGNED'::text) = (signed_at IS NOT NULL)))
  constraint episode_document_status_known CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'SIGNED'::character varying])::text[])))
  CREATE UNIQUE INDEX episode_document_one_discharge_summary ON public.episode_document USING btree (plan_id) WHERE ((kind)::text = 'DISCHARGE_SUMMARY'::text)
  CREATE UNIQUE INDEX episode_document_pkey ON public.episode_document USING btree (id)
  CREATE INDEX episode_document_plan_idx ON public.episode_document USING btree (plan_id, kind, through_date)
  CREATE TRIGGER episode_document_signed_unchanged BEFORE DELETE OR UPDATE ON episode_document FOR EACH ROW EXECUTE FUNCTION episode_document_refuse_change_once_signed()

-- table episode_document_addendum
  id uuid not null
  document_id uuid not null
  text character varying(10000) not null
  author_id uuid not null
  added_at timestamp with time zone not null
  constraint episode_document_addendum_document_id_fkey FOREIGN KEY (document_id) REFERENCES episode_document(id)
  constraint episode_document_addendum_pkey PRIMARY KEY (id)
  constraint episode_document_addendum_text_not_blank CHECK ((btrim((text)::text) <> ''::text))
  CREATE INDEX episode_document_addendum_document_idx ON public.episode_document_addendum USING btree (document_id, added_at)
  CREATE UNIQUE INDEX episode_document_addendum_pkey ON public.episode_document_addendum USING btree (id)
  CREATE TRIGGER episode_document_addendum_append_only BEFORE DELETE OR UPDATE ON episode_document_addendum FOR EACH ROW EXECUTE FUNCTION episode_document_addendum_refuse_change()
  CREATE TRIGGER episode_document_addendum_signed_document BEFORE INSERT ON episode_document_addendum FOR EACH ROW EXECUTE FUNCTION episode_document_addendum_refuse_draft()

-- table episode_document_goal_status
  document_id uuid not null
  goal_id character varying(10) not null
  status character varying(20) not null
  current numeric(10,2)
  constraint episode_document_goal_status_document_id_fkey FOREIGN KEY (document_id) REFERENCES episode_document(id)
  constraint episode_document_goal_status_known CHECK (((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'MET'::character varying, 'PARTIALLY_MET'::character varying, 'NOT_MET'::character varying, 'DISCONTINUED'::character varying])::text[])))
  constraint episode_document_goal_status_pk PRIMARY KEY (document_id, goal_id)
  CREATE UNIQUE INDEX episode_document_goal_status_pk ON public.episode_document_goal_status USING btree (document_id, goal_id)
  CREATE TRIGGER episode_document_goal_status_signed_unchanged BEFORE INSERT OR DELETE OR UPDATE ON episode_document_goal_status FOR EACH ROW EXECUTE FUNCTION episode_document_part_refuse_change_once_signed()

-- table episode_document_outcome
  document_id uuid not null
  outcome_measure_id uuid not null
  constraint episode_document_outcome_document_id_fkey FOREIGN KEY (document_id) REFERENCES episode_document(id)
  constraint episode_document_outcome_pk PRIMARY KEY (document_id, outcome_measure_id)
  CREATE UNIQUE INDEX episode_document_outcome_pk ON public.episode_document_outcome USING btree (document_id, outcome_measure_id)
  CREATE TRIGGER episode_document_outcome_signed_unchanged BEFORE INSERT OR DELETE OR UPDATE ON episode_document_outcome FOR EACH ROW EXECUTE FUNCTION episode_document_part_refuse_change_once_signed()

-- table evaluation
  id uuid not null
  patient_id uuid not null
  appointment_id uuid
  recorded_by uuid not null
  recorded_at timestamp with time zone not null
  distraction character varying(20) not null
  thigh_thrust character varying(20) not null
  compression character varying(20) not null
  sacral_thrust character varying(20) not null
  gaenslen character varying(20) not null
  cluster_positive_count integer not null
  cluster_tested_count integer not null
  cluster_result character varying(30) not null
  aslr_left integer
  aslr_right integer
  aslr_easier_with_compression boolean
  joint_mobility character varying(20)
  pain_side character varying(20)
  nprs integer
  findings character varying(10000)
  constraint evaluation_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment(id)
  constraint evaluation_aslr_complete CHECK (((aslr_left IS NULL) = (aslr_right IS NULL)))
  constraint evaluation_aslr_compression_needs_positive_aslr CHECK (((aslr_easier_with_compression IS NOT TRUE) OR (COALESCE((aslr_left + aslr_right), 0) >= 1)))
  constraint evaluation_aslr_range CHECK ((((aslr_left >= 0) AND (aslr_left <= 5)) AND ((aslr_right >= 0) AND (aslr_right <= 5))))
  constraint evaluation_cluster_counts_range CHECK ((((cluster_tested_count >= 0) AND (cluster_tested_count <= 5)) AND ((cluster_positive_count >= 0) AND (cluster_positive_count <= cluster_tested_count))))
  constraint evaluation_cluster_follows_tests CHECK ((NOT (ROW(cluster_positive_count, cluster_tested_count, (cluster_result)::text)::evaluation_cluster IS DISTINCT FROM evaluation_cluster_of((distraction)::text, (thigh_thrust)::text, (compression)::text, (sacral_thrust)::text, (gaenslen)::text))))
  constraint evaluation_cluster_result_known CHECK (((cluster_result)::text = ANY ((ARRAY['SUPPORTS_SI_JOINT_PAIN'::character varying, 'DOES_NOT_SUPPORT'::character varying, 'INSUFFICIENT_TESTS'::character varying])::text[])))
  constraint evaluation_joint_mobility_known CHECK (((joint_mobility)::text = ANY ((ARRAY['HYPERMOBILE'::character varying, 'NORMAL'::character varying, 'HYPOMOBILE'::character varying])::text[])))
  constraint evaluation_nprs_range CHECK (((nprs >= 0) AND (nprs <= 10)))
  constraint evaluation_pain_side_known CHECK (((pain_side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BILATERAL'::character varying])::text[])))
  constraint evaluation_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint evaluation_pkey PRIMARY KEY (id)
  constraint evaluation_tests_known CHECK ((((distraction)::text = ANY ((ARRAY['POSITIVE'::character varying, 'NEGATIVE'::character varying, 'NOT_TESTED'::character varying])::text[])) AND ((thigh_thrust)::text = ANY ((ARRAY['POSITIVE'::character varying, 'NEGATIVE'::character varying, 'NOT_TESTED'::character varying])::text[])) AND ((compression)::text = ANY ((ARRAY['POSITIVE'::character varying, 'NEGATIVE'::character varying, 'NOT_TESTED'::character varying])::text[])) AND ((sacral_thrust)::text = ANY ((ARRAY['POSITIVE'::character varying, 'NEGATIVE'::character varying, 'NOT_TESTED'::character varying])::text[])) AND ((gaenslen)::text = ANY ((ARRAY['POSITIVE'::character varying, 'NEGATIVE'::character varying, 'NOT_TESTED'::character varying])::text[]))))
  CREATE INDEX evaluation_appointment_idx ON public.evaluation USING btree (appointment_id)
  CREATE INDEX evaluation_cluster_result_idx ON public.evaluation USING btree (cluster_result)
  CREATE INDEX evaluation_patient_recorded_at_idx ON public.evaluation USING btree (patient_id, recorded_at)
  CREATE UNIQUE INDEX evaluation_pkey ON public.evaluation USING btree (id)

-- table exercise
  id uuid not null
  name character varying(200) not null
  instructions character varying(10000)
  sets integer not null
  reps integer not null
  hold_seconds integer not null
  times_per_day integer not null
  days_per_week integer not null
  side character varying(20) not null
  progression_target_hold_seconds integer
  progression_step_seconds integer
  progression_every_days integer
  created_at timestamp with time zone not null
  constraint exercise_days_per_week_range CHECK (((days_per_week >= 1) AND (days_per_week <= 7)))
  constraint exercise_hold_seconds_range CHECK (((hold_seconds >= 0) AND (hold_seconds <= 300)))
  constraint exercise_name_not_blank CHECK ((btrim((name)::text) <> ''::text))
  constraint exercise_pkey PRIMARY KEY (id)
  constraint exercise_progression_complete CHECK ((((progression_target_hold_seconds IS NULL) = (progression_step_seconds IS NULL)) AND ((progression_step_seconds IS NULL) = (progression_every_days IS NULL))))
  constraint exercise_progression_range CHECK (((progression_target_hold_seconds IS NULL) OR (((progression_target_hold_seconds >= hold_seconds) AND (progression_target_hold_seconds <= 300)) AND ((progression_step_seconds >= 1) AND (progression_step_seconds <= 300)) AND ((progression_every_days >= 1) AND (progression_every_days <= 365)))))
  constraint exercise_reps_range CHECK (((reps >= 1) AND (reps <= 50)))
  constraint exercise_sets_range CHECK (((sets >= 1) AND (sets <= 10)))
  constraint exercise_side_known CHECK (((side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BOTH'::character varying, 'ALTERNATING'::character varying])::text[])))
  constraint exercise_times_per_day_range CHECK (((times_per_day >= 1) AND (times_per_day <= 5)))
  CREATE UNIQUE INDEX exercise_name_unique ON public.exercise USING btree (lower((name)::text))
  CREATE UNIQUE INDEX exercise_pkey ON public.exercise USING btree (id)

-- table flyway_schema_history
  installed_rank integer not null
  version character varying(50)
  description character varying(200) not null
  type character varying(20) not null
  script character varying(1000) not null
  checksum integer
  installed_by character varying(100) not null
  installed_on timestamp without time zone not null default now()
  execution_time integer not null
  success boolean not null
  constraint flyway_schema_history_pk PRIMARY KEY (installed_rank)
  CREATE UNIQUE INDEX flyway_schema_history_pk ON public.flyway_schema_history USING btree (installed_rank)
  CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success)

-- table hep_adherence_entry
  id uuid not null
  plan_id uuid not null
  prescription_id uuid not null
  reported_on date not null
  sessions_done integer not null
  expected_sessions integer not null
  raw_percent integer not null generated always as ((round(((100.0 * (sessions_done)::numeric) / (expected_sessions)::numeric)))::integer) stored
  adherence_percent integer not null generated always as (LEAST(100, (round(((100.0 * (sessions_done)::numeric) / (expected_sessions)::numeric)))::integer)) stored
  pain_during integer
  source character varying(10) not null
  note character varying(10000)
  recorded_by uuid not null
  recorded_at timestamp with time zone not null
  constraint hep_adherence_entry_expected_sessions_range CHECK (((expected_sessions >= 1) AND (expected_sessions <= 35)))
  constraint hep_adherence_entry_one_per_day UNIQUE (prescription_id, reported_on)
  constraint hep_adherence_entry_pain_during_range CHECK (((pain_during >= 0) AND (pain_during <= 10)))
  constraint hep_adherence_entry_pkey PRIMARY KEY (id)
  constraint hep_adherence_entry_prescription_of_the_plan_fk FOREIGN KEY (prescription_id, plan_id) REFERENCES prescription(id, plan_id)
  constraint hep_adherence_entry_sessions_done_range CHECK (((sessions_done >= 0) AND (sessions_done <= 70)))
  constraint hep_adherence_entry_source_known CHECK (((source)::text = ANY ((ARRAY['PATIENT'::character varying, 'THERAPIST'::character varying])::text[])))
  CREATE UNIQUE INDEX hep_adherence_entry_one_per_day ON public.hep_adherence_entry USING btree (prescription_id, reported_on)
  CREATE UNIQUE INDEX hep_adherence_entry_pkey ON public.hep_adherence_entry USING btree (id)
  CREATE INDEX hep_adherence_entry_plan_idx ON public.hep_adherence_entry USING btree (plan_id, reported_on)
  CREATE TRIGGER hep_adherence_entry_append_only BEFORE DELETE OR UPDATE ON hep_adherence_entry FOR EACH ROW EXECUTE FUNCTION hep_adherence_entry_refuse_change()
  CREATE TRIGGER hep_adherence_entry_no_truncate BEFORE TRUNCATE ON hep_adherence_entry FOR EACH STATEMENT EXECUTE FUNCTION hep_adherence_entry_refuse_change()
  CREATE TRIGGER hep_adherence_entry_plan_active BEFORE INSERT ON hep_adherence_entry FOR EACH ROW EXECUTE FUNCTION hep_adherence_entry_refuse_inactive_plan()

-- table kx_ledger
  patient_id uuid not null
  year smallint not null
  prior_ytd_allowed numeric(12,2) not null
  constraint kx_ledger_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint kx_ledger_pkey PRIMARY KEY (patient_id, year)
  constraint kx_ledger_prior_ytd_allowed_not_negative CHECK ((prior_ytd_allowed >= (0)::numeric))
  constraint kx_ledger_year_range CHECK (((year >= 2000) AND (year <= 2100)))
  CREATE UNIQUE INDEX kx_ledger_pkey ON public.kx_ledger USING btree (patient_id, year)

-- table ncci_pair
  cpt_low character varying(5) not null
  cpt_high character varying(5) not null
  constraint ncci_pair_cpt_known CHECK ((((cpt_low)::text = ANY ((ARRAY['97035'::character varying, '97110'::character varying, '97112'::character varying, '97116'::character varying, '97140'::character varying, '97161'::character varying, '97162'::character varying, '97163'::character varying, '97164'::character varying, '97530'::character varying, '97535'::character varying])::text[])) AND ((cpt_high)::text = ANY ((ARRAY['97035'::character varying, '97110'::character varying, '97112'::character varying, '97116'::character varying, '97140'::character varying, '97161'::character varying, '97162'::character varying, '97163'::character varying, '97164'::character varying, '97530'::character varying, '97535'::character varying])::text[]))))
  constraint ncci_pair_lower_code_first CHECK (((cpt_low)::text < (cpt_high)::text))
  constraint ncci_pair_unordered_unique PRIMARY KEY (cpt_low, cpt_high)
  CREATE UNIQUE INDEX ncci_pair_unordered_unique ON public.ncci_pair USING btree (cpt_low, cpt_high)

-- table outcome_measure
  id uuid not null
  seq bigint not null generated always as identity
  patient_id uuid not null
  treatment_plan_id uuid
  instrument character varying(4) not null
  taken_on date not null
  score numeric(5,2) not null
  interpretation character varying(10)
  nprs_score smallint
  odi_answers smallint[]
  rmdq_answers boolean[]
  recorded_by uuid not null
  created_at timestamp with time zone not null
  entered_in_error_at timestamp with time zone
  entered_in_error_by uuid
  entered_in_error_reason character varying(200)
  constraint outcome_measure_entered_in_error_by_fk FOREIGN KEY (entered_in_error_by) REFERENCES staff_account(id)
  constraint outcome_measure_entered_in_error_complete CHECK ((((entered_in_error_at IS NULL) AND (entered_in_error_by IS NULL) AND (entered_in_error_reason IS NULL)) OR ((entered_in_error_at IS NOT NULL) AND (entered_in_error_by IS NOT NULL) AND (entered_in_error_reason IS NOT NULL) AND (btrim((entered_in_error_reason)::text) <> ''::text))))
  constraint outcome_measure_instrument_known CHECK (((instrument)::text = ANY ((ARRAY['NPRS'::character varying, 'ODI'::character varying, 'PSFS'::character varying, 'RMDQ'::character varying])::text[])))
  constraint outcome_measure_interpretation_only_odi CHECK ((((instrument)::text = 'ODI'::text) = (interpretation IS NOT NULL)))
  constraint outcome_measure_nprs_answers CHECK ((((instrument)::text = 'NPRS'::text) = (nprs_score IS NOT NULL)))
  constraint outcome_measure_nprs_score CHECK ((((nprs_score >= 0) AND (nprs_score <= 10)) AND (score = (nprs_score)::numeric)))
  constraint outcome_measure_odi_answered CHECK ((cardinality(array_remove(odi_answers, NULL::smallint)) >= 8))
  constraint outcome_measure_odi_answers CHECK ((((instrument)::text = 'ODI'::text) = (odi_answers IS NOT NULL)))
  constraint outcome_measure_odi_band CHECK (((interpretation)::text =
CASE
    WHEN (score <= (20)::numeric) THEN 'MINIMAL'::text
    WHEN (score <= (40)::numeric) THEN 'MODERATE'::text
    WHEN (score <= (60)::numeric) THEN 'SEVERE'::text
    WHEN (score <= (80)::numeric) THEN 'CRIPPLING'::text
    ELSE 'BED_BOUND'::text
END))
  constraint outcome_measure_odi_score CHECK ((score = round(((((((((((((COALESCE((odi_answers[1])::integer, 0) + COALESCE((odi_answers[2])::integer, 0)) + COALESCE((odi_answers[3])::integer, 0)) + COALESCE((odi_answers[4])::integer, 0)) + COALESCE((odi_answers[5])::integer, 0)) + COALESCE((odi_answers[6])::integer, 0)) + COALESCE((odi_answers[7])::integer, 0)) + COALESCE((odi_answers[8])::integer, 0)) + COALESCE((odi_answers[9])::integer, 0)) + COALESCE((odi_answers[10])::integer, 0)))::numeric * 100.0) / ((5 * cardinality(array_remove(odi_answers, NULL::smallint))))::numeric), 1)))
  constraint outcome_measure_odi_sections CHECK (((array_ndims(odi_answers) = 1) AND (cardinality(odi_answers) = 10) AND (0 <= ALL (odi_answers)) AND (5 >= ALL (odi_answers))))
  constraint outcome_measure_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint outcome_measure_pkey PRIMARY KEY (id)
  constraint outcome_measure_plan_of_the_patient_fk FOREIGN KEY (treatment_plan_id, patient_id) REFERENCES treatment_plan(id, patient_id)
  constraint outcome_measure_psfs_score TRIGGER DEFERRABLE INITIALLY DEFERRED
  constraint outcome_measure_rmdq_answers CHECK ((((instrument)::text = 'RMDQ'::text) = (rmdq_answers IS NOT NULL)))
  constraint outcome_measure_rmdq_items CHECK (((array_ndims(rmdq_answers) = 1) AND (cardinality(rmdq_answers) = 24) AND (array_position(rmdq_answers, NULL::boolean) IS NULL) AND (score = (cardinality(array_positions(rmdq_answers, true)))::numeric)))
  constraint outcome_measure_score_range CHECK (
CASE instrument
    WHEN 'NPRS'::text THEN (((score >= (0)::numeric) AND (score <= (10)::numeric)) AND (score = trunc(score)))
    WHEN 'ODI'::text THEN (((score >= (0)::numeric) AND (score <= (100)::numeric)) AND (score = round(score, 1)))
    WHEN 'PSFS'::text THEN ((score >= (0)::numeric) AND (score <= (10)::numeric))
    WHEN 'RMDQ'::text THEN (((score >= (0)::numeric) AND (score <= (24)::numeric)) AND (score = trunc(score)))
    ELSE NULL::boolean
END)
  constraint outcome_measure_taken_on_plausible CHECK ((taken_on >= '2000-01-01'::date))
  constraint outcome_measure_treatment_plan_fk FOREIGN KEY (treatment_plan_id) REFERENCES treatment_plan(id)
  CREATE INDEX outcome_measure_entered_in_error_by_idx ON public.outcome_measure USING btree (entered_in_error_by) WHERE (entered_in_error_by IS NOT NULL)
  CREATE INDEX outcome_measure_patient_series_idx ON public.outcome_measure USING btree (patient_id, instrument, taken_on, seq)
  CREATE UNIQUE INDEX outcome_measure_pkey ON public.outcome_measure USING btree (id)
  CREATE INDEX outcome_measure_plan_taken_on_idx ON public.outcome_measure USING btree (treatment_plan_id, taken_on) WHERE (treatment_plan_id IS NOT NULL)
  CREATE UNIQUE INDEX outcome_measure_seq_unique ON public.outcome_measure USING btree (seq)
  CREATE INDEX outcome_measure_taken_on_valid_idx ON public.outcome_measure USING btree (taken_on) INCLUDE (patient_id, instrument, treatment_plan_id) WHERE (entered_in_error_at IS NULL)
  CREATE INDEX outcome_measure_treatment_plan_idx ON public.outcome_measure USING btree (treatment_plan_id)
  CREATE TRIGGER outcome_measure_no_truncate BEFORE TRUNCATE ON outcome_measure FOR EACH STATEMENT EXECUTE FUNCTION outcome_measure_refuse_truncate()
  CREATE CONSTRAINT TRIGGER outcome_measure_psfs_score AFTER INSERT ON outcome_measure DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (new.instrument::text = 'PSFS'::text) EXECUTE FUNCTION outcome_measure_check_psfs_score()
  CREATE TRIGGER outcome_measure_unchangeable BEFORE DELETE OR UPDATE ON outcome_measure FOR EACH ROW EXECUTE FUNCTION outcome_measure_refuse_change()

-- table patient
  id uuid not null
  first_name character varying(100) not null
  last_name character varying(100) not null
  date_of_birth date not null
  sex character varying(10)
  phone character varying(200)
  email character varying(200)
  address_line character varying(200)
  city character varying(200)
  postal_code character varying(200)
  emergency_contact_name character varying(100)
  emergency_contact_phone character varying(200)
  active boolean not null default true
  version bigint not null default 0
  created_at timestamp with time zone not null
  search_name text generated always as (patient_search_name((first_name)::text, (last_name)::text)) stored
  search_phone text generated always as (patient_search_phone((phone)::text)) stored
  constraint patient_date_of_birth_plausible CHECK ((date_of_birth >= '1880-01-01'::date))
  constraint patient_names_not_blank CHECK (((btrim((first_name)::text) <> ''::text) AND (btrim((last_name)::text) <> ''::text)))
  constraint patient_names_visible CHECK ((((first_name)::text !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]'::text) AND ((last_name)::text !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]'::text))) NOT VALID
  constraint patient_pkey PRIMARY KEY (id)
  constraint patient_sex_known CHECK (((sex)::text = ANY ((ARRAY['FEMALE'::character varying, 'MALE'::character varying, 'OTHER'::character varying, 'UNKNOWN'::character varying])::text[])))
  CREATE INDEX patient_created_at_idx ON public.patient USING btree (created_at)
  CREATE INDEX patient_date_of_birth_idx ON public.patient USING btree (date_of_birth)
  CREATE INDEX patient_name_order_idx ON public.patient USING btree (last_name, first_name, id)
  CREATE UNIQUE INDEX patient_no_active_duplicate ON public.patient USING btree (patient_identity_name((first_name)::text), patient_identity_name((last_name)::text), date_of_birth) WHERE active
  CREATE UNIQUE INDEX patient_pkey ON public.patient USING btree (id)
  CREATE INDEX patient_search_name_trgm_idx ON public.patient USING gin (search_name gin_trgm_ops)
  CREATE INDEX patient_search_phone_trgm_idx ON public.patient USING gin (search_phone gin_trgm_ops)
  CREATE TRIGGER patient_never_deleted BEFORE DELETE ON patient FOR EACH ROW EXECUTE FUNCTION patient_refuse_delete()
  CREATE TRIGGER patient_never_truncated BEFORE TRUNCATE ON patient FOR EACH STATEMENT EXECUTE FUNCTION patient_refuse_delete()

-- table prescription
  id uuid not null
  plan_id uuid not null
  exercise_id uuid not null
  sets integer not null
  reps integer not null
  hold_seconds integer not null
  times_per_day integer not null
  days_per_week integer not null
  side character varying(20) not null
  progression_target_hold_seconds integer
  progression_step_seconds integer
  progression_every_days integer
  instructions character varying(10000)
  dose_since date not null
  active boolean not null default true
  stopped_at timestamp with time zone
  position integer not null
  created_at timestamp with time zone not null
  prescribed_on date not null
  constraint prescription_days_per_week_range CHECK (((days_per_week >= 1) AND (days_per_week <= 7)))
  constraint prescription_exercise_fk FOREIGN KEY (exercise_id) REFERENCES exercise(id)
  constraint prescription_hold_seconds_range CHECK (((hold_seconds >= 0) AND (hold_seconds <= 300)))
  constraint prescription_id_plan_unique UNIQUE (id, plan_id)
  constraint prescription_pkey PRIMARY KEY (id)
  constraint prescription_plan_fk FOREIGN KEY (plan_id) REFERENCES treatment_plan(id)
  constraint prescription_progression_complete CHECK ((((progression_target_hold_seconds IS NULL) = (progression_step_seconds IS NULL)) AND ((progression_step_seconds IS NULL) = (progression_every_days IS NULL))))
  constraint prescription_progression_range CHECK (((progression_target_hold_seconds IS NULL) OR (((progression_target_hold_seconds >= hold_seconds) AND (progression_target_hold_seconds <= 300)) AND ((progression_step_seconds >= 1) AND (progression_step_seconds <= 300)) AND ((progression_every_days >= 1) AND (progression_every_days <= 365)))))
  constraint prescription_reps_range CHECK (((reps >= 1) AND (reps <= 50)))
  constraint prescription_sets_range CHECK (((sets >= 1) AND (sets <= 10)))
  constraint prescription_side_known CHECK (((side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BOTH'::character varying, 'ALTERNATING'::character varying])::text[])))
  constraint prescription_stopped_when_inactive CHECK ((active = (stopped_at IS NULL)))
  constraint prescription_times_per_day_range CHECK (((times_per_day >= 1) AND (times_per_day <= 5)))
  CREATE INDEX prescription_exercise_idx ON public.prescription USING btree (exercise_id)
  CREATE UNIQUE INDEX prescription_id_plan_unique ON public.prescription USING btree (id, plan_id)
  CREATE UNIQUE INDEX prescription_pkey ON public.prescription USING btree (id)
  CREATE INDEX prescription_plan_idx ON public.prescription USING btree (plan_id, "position")
  CREATE TRIGGER prescription_plan_open BEFORE INSERT OR UPDATE ON prescription FOR EACH ROW WHEN (new.active) EXECUTE FUNCTION prescription_refuse_closed_plan()

-- table prescription_dose_history
  prescription_id uuid not null
  seq integer not null
  sets integer not null
  reps integer not null
  hold_seconds integer not null
  times_per_day integer not null
  days_per_week integer not null
  side character varying(20) not null
  progression_target_hold_seconds integer
  progression_step_seconds integer
  progression_every_days integer
  instructions character varying(10000)
  dose_since date not null
  changed_at timestamp with time zone not null
  changed_by uuid not null
  constraint prescription_dose_history_pk PRIMARY KEY (prescription_id, seq)
  constraint prescription_dose_history_prescription_fk FOREIGN KEY (prescription_id) REFERENCES prescription(id)
  CREATE UNIQUE INDEX prescription_dose_history_pk ON public.prescription_dose_history USING btree (prescription_id, seq)
  CREATE TRIGGER prescription_dose_history_append_only BEFORE DELETE OR UPDATE ON prescription_dose_history FOR EACH ROW EXECUTE FUNCTION prescription_dose_history_refuse_change()

-- table protocol
  id uuid not null
  current_version integer not null
  created_at timestamp with time zone not null
  constraint protocol_current_version_positive CHECK ((current_version >= 1))
  constraint protocol_pkey PRIMARY KEY (id)
  CREATE UNIQUE INDEX protocol_pkey ON public.protocol USING btree (id)

-- table protocol_version
  protocol_id uuid not null
  version integer not null
  name character varying(200) not null
  description character varying(10000)
  education_topics text[] not null
  belt_rule boolean not null
  visits_per_week integer
  duration_weeks integer
  created_at timestamp with time zone not null
  created_by uuid
  constraint protocol_version_duration_weeks_range CHECK (((duration_weeks >= 1) AND (duration_weeks <= 52)))
  constraint protocol_version_education_topics_known CHECK ((education_topics <@ ARRAY['POSTURE'::text, 'LIFTING_AND_CARRYING'::text, 'SITTING'::text, 'ACTIVITY_LEVEL'::text, 'SLEEP_POSITION'::text]))
  constraint protocol_version_name_not_blank CHECK ((btrim((name)::text) <> ''::text))
  constraint protocol_version_pk PRIMARY KEY (protocol_id, version)
  constraint protocol_version_protocol_fk FOREIGN KEY (protocol_id) REFERENCES protocol(id)
  constraint protocol_version_visits_per_week_range CHECK (((visits_per_week >= 1) AND (visits_per_week <= 7)))
  CREATE INDEX protocol_version_name_idx ON public.protocol_version USING btree (lower((name)::text))
  CREATE UNIQUE INDEX protocol_version_pk ON public.protocol_version USING btree (protocol_id, version)
  CREATE TRIGGER protocol_version_immutable BEFORE DELETE OR UPDATE ON protocol_version FOR EACH ROW EXECUTE FUNCTION protocol_version_refuse_change()

-- table protocol_version_exercise
  protocol_id uuid not null
  version integer not null
  position integer not null
  exercise_id uuid not null
  sets integer not null
  reps integer not null
  hold_seconds integer not null
  times_per_day integer not null
  days_per_week integer not null
  side character varying(20) not null
  progression_target_hold_seconds integer
  progression_step_seconds integer
  progression_every_days integer
  instructions character varying(10000)
  constraint protocol_version_exercise_days_per_week_range CHECK (((days_per_week >= 1) AND (days_per_week <= 7)))
  constraint protocol_version_exercise_exercise_fk FOREIGN KEY (exercise_id) REFERENCES exercise(id)
  constraint protocol_version_exercise_hold_seconds_range CHECK (((hold_seconds >= 0) AND (hold_seconds <= 300)))
  constraint protocol_version_exercise_pk PRIMARY KEY (protocol_id, version, "position")
  constraint protocol_version_exercise_progression_complete CHECK ((((progression_target_hold_seconds IS NULL) = (progression_step_seconds IS NULL)) AND ((progression_step_seconds IS NULL) = (progression_every_days IS NULL))))
  constraint protocol_version_exercise_progression_range CHECK (((progression_target_hold_seconds IS NULL) OR (((progression_target_hold_seconds >= hold_seconds) AND (progression_target_hold_seconds <= 300)) AND ((progression_step_seconds >= 1) AND (progression_step_seconds <= 300)) AND ((progression_every_days >= 1) AND (progression_every_days <= 365)))))
  constraint protocol_version_exercise_reps_range CHECK (((reps >= 1) AND (reps <= 50)))
  constraint protocol_version_exercise_sets_range CHECK (((sets >= 1) AND (sets <= 10)))
  constraint protocol_version_exercise_side_known CHECK (((side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BOTH'::character varying, 'ALTERNATING'::character varying])::text[])))
  constraint protocol_version_exercise_times_per_day_range CHECK (((times_per_day >= 1) AND (times_per_day <= 5)))
  constraint protocol_version_exercise_version_fk FOREIGN KEY (protocol_id, version) REFERENCES protocol_version(protocol_id, version)
  CREATE INDEX protocol_version_exercise_exercise_idx ON public.protocol_version_exercise USING btree (exercise_id)
  CREATE UNIQUE INDEX protocol_version_exercise_pk ON public.protocol_version_exercise USING btree (protocol_id, version, "position")
  CREATE TRIGGER protocol_version_exercise_immutable BEFORE DELETE OR UPDATE ON protocol_version_exercise FOR EACH ROW EXECUTE FUNCTION protocol_version_refuse_change()

-- table protocol_version_manual_therapy
  protocol_id uuid not null
  version integer not null
  position integer not null
  technique character varying(40) not null
  region character varying(40) not null
  constraint protocol_version_manual_therapy_pk PRIMARY KEY (protocol_id, version, "position")
  constraint protocol_version_manual_therapy_region_known CHECK (((region)::text = ANY ((ARRAY['SACROILIAC_JOINT'::character varying, 'LUMBAR_SPINE'::character varying, 'PELVIS'::character varying, 'HIP'::character varying, 'THIGH'::character varying])::text[])))
  constraint protocol_version_manual_therapy_technique_known CHECK (((technique)::text = ANY ((ARRAY['SOFT_TISSUE_MOBILIZATION'::character varying, 'MYOFASCIAL_RELEASE'::character varying, 'JOINT_MOBILIZATION'::character varying, 'MANIPULATION'::character varying, 'MUSCLE_ENERGY_TECHNIQUE'::character varying, 'STRAIN_COUNTERSTRAIN'::character varying, 'MANUAL_TRACTION'::character varying])::text[])))
  constraint protocol_version_manual_therapy_version_fk FOREIGN KEY (protocol_id, version) REFERENCES protocol_version(protocol_id, version)
  CREATE UNIQUE INDEX protocol_version_manual_therapy_pk ON public.protocol_version_manual_therapy USING btree (protocol_id, version, "position")
  CREATE TRIGGER protocol_version_manual_therapy_immutable BEFORE DELETE OR UPDATE ON protocol_version_manual_therapy FOR EACH ROW EXECUTE FUNCTION protocol_version_refuse_change()

-- table psfs_activity
  outcome_measure_id uuid not null
  position smallint not null
  name character varying(200) not null
  score smallint not null
  constraint psfs_activity_name_not_blank CHECK ((btrim((name)::text) <> ''::text))
  constraint psfs_activity_outcome_measure_fk FOREIGN KEY (outcome_measure_id) REFERENCES outcome_measure(id)
  constraint psfs_activity_pk PRIMARY KEY (outcome_measure_id, "position")
  constraint psfs_activity_position_range CHECK ((("position" >= 1) AND ("position" <= 5)))
  constraint psfs_activity_psfs_score TRIGGER DEFERRABLE INITIALLY DEFERRED
  constraint psfs_activity_score_range CHECK (((score >= 0) AND (score <= 10)))
  CREATE UNIQUE INDEX psfs_activity_pk ON public.psfs_activity USING btree (outcome_measure_id, "position")
  CREATE TRIGGER psfs_activity_no_truncate BEFORE TRUNCATE ON psfs_activity FOR EACH STATEMENT EXECUTE FUNCTION outcome_measure_refuse_truncate()
  CREATE CONSTRAINT TRIGGER psfs_activity_psfs_score AFTER INSERT ON psfs_activity DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outcome_measure_check_psfs_score()
  CREATE TRIGGER psfs_activity_unchangeable BEFORE DELETE OR UPDATE ON psfs_activity FOR EACH ROW EXECUTE FUNCTION psfs_activity_refuse_change()

-- table scheduled_job
  name character varying(100) not null
  last_run_at timestamp with time zone not null
  constraint scheduled_job_name_format CHECK (((name)::text ~ '^[a-z0-9-]{1,100}$'::text))
  constraint scheduled_job_pkey PRIMARY KEY (name)
  CREATE UNIQUE INDEX scheduled_job_pkey ON public.scheduled_job USING btree (name)

-- table screening
  id uuid not null
  patient_id uuid not null
  recorded_by uuid not null
  recorded_at timestamp with time zone not null
  fever boolean not null
  low_back_or_buttock_pain boolean not null
  deep_thigh_pain boolean not null
  difficulty_walking boolean not null
  saddle_anesthesia boolean not null
  bladder_or_bowel_dysfunction boolean not null
  progressive_neurological_deficit boolean not null
  history_of_cancer boolean not null
  unexplained_weight_loss boolean not null
  major_trauma boolean not null
  immunosuppression_or_iv_drug_use boolean not null
  pain_side character varying(20)
  pain_locations text[] not null
  symptoms text[] not null
  contributing_factors text[] not null
  nprs integer
  red_flags text[] not null
  disposition character varying(30) not null
  cleared_by character varying(200)
  cleared_on date
  clearance_note character varying(10000)
  clearance_recorded_at timestamp with time zone
  clearance_recorded_by uuid
  screened_on date not null
  cleared_by_npi character varying(10)
  constraint screening_clearance_complete CHECK ((((cleared_by IS NULL) = (cleared_on IS NULL)) AND ((cleared_by IS NULL) = (clearance_recorded_at IS NULL)) AND ((cleared_by IS NULL) OR ((disposition)::text <> 'CLEAR_TO_TREAT'::text))))
  constraint screening_cleared_by_not_blank CHECK ((btrim((cleared_by)::text) <> ''::text))
  constraint screening_cleared_by_npi_valid CHECK (npi_is_valid((cleared_by_npi)::text))
  constraint screening_cleared_on_not_before_screening CHECK ((cleared_on >= screened_on))
  constraint screening_contributing_factors_known CHECK ((contributing_factors <@ ARRAY['OSTEOARTHRITIS'::text, 'ANKYLOSING_SPONDYLITIS'::text, 'PREGNANCY'::text, 'CHILDBIRTH'::text, 'TRAUMA'::text, 'JOINT_INFECTION'::text, 'URINARY_TRACT_INFECTION'::text, 'ENDOCARDITIS'::text, 'ABNORMAL_GAIT'::text, 'PRIOR_LUMBAR_SURGERY'::text, 'LEG_LENGTH_DIFFERENCE'::text, 'HEAVY_LIFTING'::text]))
  constraint screening_disposition_known CHECK (((disposition)::text = ANY ((ARRAY['CLEAR_TO_TREAT'::character varying, 'REFER_TO_PHYSICIAN'::character varying, 'URGENT_REFERRAL'::character varying])::text[])))
  constraint screening_disposition_matches_flags CHECK ((((disposition)::text = 'CLEAR_TO_TREAT'::text) = (cardinality(red_flags) = 0)))
  constraint screening_flags_follow_answers CHECK ((NOT (ROW(red_flags, (disposition)::text)::screening_outcome IS DISTINCT FROM screening_outcome_of(fever, low_back_or_buttock_pain, deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction, progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma, immunosuppression_or_iv_drug_use, contributing_factors))))
  constraint screening_npi_only_with_clearance CHECK (((cleared_by_npi IS NULL) OR (cleared_by IS NOT NULL)))
  constraint screening_nprs_range CHECK (((nprs >= 0) AND (nprs <= 10)))
  constraint screening_pain_locations_known CHECK ((pain_locations <@ ARRAY['LOWER_BACK'::text, 'BUTTOCKS'::text, 'HIPS'::text, 'PELVIS'::text, 'GROIN'::text, 'THIGHS'::text]))
  constraint screening_pain_side_known CHECK (((pain_side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BILATERAL'::character varying])::text[])))
  constraint screening_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint screening_pkey PRIMARY KEY (id)
  constraint screening_red_flags_known CHECK ((red_flags <@ ARRAY['POSSIBLE_SI_JOINT_INFECTION'::text, 'POSSIBLE_CAUDA_EQUINA'::text, 'PROGRESSIVE_NEUROLOGICAL_DEFICIT'::text, 'SYSTEMIC_SIGNS'::text, 'POSSIBLE_MALIGNANCY'::text, 'POSSIBLE_FRACTURE'::text, 'INFECTION_RISK'::text]))
  constraint screening_symptoms_known CHECK ((symptoms <@ ARRAY['SHARP_PAIN'::text, 'WORSE_ON_STANDING_UP'::text, 'PELVIC_BURNING'::text, 'NUMBNESS_TINGLING'::text, 'PAIN_RADIATING_TO_THIGHS'::text]))
  CREATE INDEX screening_disposition_idx ON public.screening USING btree (disposition)
  CREATE INDEX screening_patient_recorded_at_idx ON public.screening USING btree (patient_id, recorded_at)
  CREATE INDEX screening_patient_screened_on_idx ON public.screening USING btree (patient_id, screened_on)
  CREATE UNIQUE INDEX screening_pkey ON public.screening USING btree (id)
  CREATE INDEX screening_unresolved_idx ON public.screening USING btree (patient_id) WHERE (((disposition)::text <> 'CLEAR_TO_TREAT'::text) AND (cleared_by IS NULL))
  CREATE TRIGGER screening_referral_holds_plan AFTER INSERT ON screening FOR EACH ROW WHEN (new.disposition::text <> 'CLEAR_TO_TREAT'::text AND new.cleared_by IS NULL) EXECUTE FUNCTION screening_puts_active_plan_on_hold()

-- table sign_in_failure
  id bigint not null generated always as identity
  at timestamp with time zone not null
  address inet not null
  username character varying(100) not null
  constraint sign_in_failure_pkey PRIMARY KEY (id)
  CREATE INDEX sign_in_failure_address_at_idx ON public.sign_in_failure USING btree (address, at)
  CREATE UNIQUE INDEX sign_in_failure_pkey ON public.sign_in_failure USING btree (id)
  CREATE INDEX sign_in_failure_username_address_at_idx ON public.sign_in_failure USING btree (username, address, at)
  CREATE INDEX sign_in_failure_username_at_idx ON public.sign_in_failure USING btree (username, at)

-- table sign_in_known_address
  username character varying(100) not null
  address inet not null
  last_success_at timestamp with time zone not null
  constraint sign_in_known_address_pk PRIMARY KEY (username, address)
  CREATE UNIQUE INDEX sign_in_known_address_pk ON public.sign_in_known_address USING btree (username, address)

-- table sign_in_throttle_notice
  rule character varying(20) not null
  address inet not null
  username character varying(100) not null
  until timestamp with time zone not null
  constraint sign_in_throttle_notice_pk PRIMARY KEY (rule, address, username, until)
  CREATE UNIQUE INDEX sign_in_throttle_notice_pk ON public.sign_in_throttle_notice USING btree (rule, address, username, until)
  CREATE INDEX sign_in_throttle_notice_until_idx ON public.sign_in_throttle_notice USING btree (until)

-- table spring_session
  primary_id character(36) not null
  session_id character(36) not null
  creation_time bigint not null
  last_access_time bigint not null
  max_inactive_interval integer not null
  expiry_time bigint not null
  principal_name character varying(100)
  constraint spring_session_pk PRIMARY KEY (primary_id)
  CREATE UNIQUE INDEX spring_session_ix1 ON public.spring_session USING btree (session_id)
  CREATE INDEX spring_session_ix2 ON public.spring_session USING btree (expiry_time)
  CREATE INDEX spring_session_ix3 ON public.spring_session USING btree (principal_name)
  CREATE UNIQUE INDEX spring_session_pk ON public.spring_session USING btree (primary_id)

-- table spring_session_attributes
  session_primary_id character(36) not null
  attribute_name character varying(200) not null
  attribute_bytes bytea not null
  constraint spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session(primary_id) ON DELETE CASCADE
  constraint spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name)
  CREATE UNIQUE INDEX spring_session_attributes_pk ON public.spring_session_attributes USING btree (session_primary_id, attribute_name)

-- table staff_account
  id uuid not null
  username character varying(100) not null
  password_hash character varying(200) not null
  role character varying(20) not null
  therapist_id uuid
  active boolean not null default true
  version bigint not null default 0
  created_at timestamp with time zone not null
  token_generation bigint not null default 0
  constraint staff_account_pkey PRIMARY KEY (id)
  constraint staff_account_role_known CHECK (((role)::text = ANY ((ARRAY['ADMIN'::character varying, 'THERAPIST'::character varying, 'FRONT_DESK'::character varying])::text[])))
  constraint staff_account_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  constraint staff_account_therapist_named CHECK ((((role)::text <> 'THERAPIST'::text) OR (therapist_id IS NOT NULL)))
  constraint staff_account_username_format CHECK (((username)::text ~ '^[a-z0-9._-]{3,50}$'::text))
  CREATE UNIQUE INDEX staff_account_one_active_per_therapist ON public.staff_account USING btree (therapist_id) WHERE (active AND ((role)::text = 'THERAPIST'::text))
  CREATE UNIQUE INDEX staff_account_pkey ON public.staff_account USING btree (id)
  CREATE INDEX staff_account_therapist_idx ON public.staff_account USING btree (therapist_id)
  CREATE UNIQUE INDEX staff_account_username_unique ON public.staff_account USING btree (lower((username)::text))
  CREATE TRIGGER staff_account_changed AFTER INSERT OR DELETE OR UPDATE ON staff_account FOR EACH ROW EXECUTE FUNCTION staff_account_notify_change()
  CREATE TRIGGER staff_account_truncated AFTER TRUNCATE ON staff_account FOR EACH STATEMENT EXECUTE FUNCTION staff_account_notify_change()

-- table therapist
  id uuid not null
  first_name character varying(100) not null
  last_name character varying(100) not null
  license_number character varying(100) not null
  email character varying(200)
  phone character varying(200)
  active boolean not null default true
  version bigint not null default 0
  created_at timestamp with time zone not null default now()
  npi character varying(10)
  constraint therapist_license_number_unique UNIQUE (license_number)
  constraint therapist_names_not_blank CHECK (((btrim((first_name)::text) <> ''::text) AND (btrim((last_name)::text) <> ''::text) AND (btrim((license_number)::text) <> ''::text)))
  constraint therapist_npi_unique UNIQUE (npi)
  constraint therapist_npi_valid CHECK (npi_is_valid((npi)::text))
  constraint therapist_pkey PRIMARY KEY (id)
  CREATE UNIQUE INDEX therapist_license_number_unique ON public.therapist USING btree (license_number)
  CREATE INDEX therapist_name_order_idx ON public.therapist USING btree (last_name, first_name, id)
  CREATE UNIQUE INDEX therapist_npi_unique ON public.therapist USING btree (npi)
  CREATE UNIQUE INDEX therapist_pkey ON public.therapist USING btree (id)

-- table therapist_time_off
  id uuid not null
  therapist_id uuid not null
  starts_at timestamp with time zone not null
  ends_at timestamp with time zone not null
  reason character varying(200)
  created_at timestamp with time zone not null
  cancelled_at timestamp with time zone
  cancelled_by uuid
  constraint therapist_time_off_at_most_366_days CHECK ((ends_at <= (starts_at + '8784:00:00'::interval))) NOT VALID
  constraint therapist_time_off_cancelled_by_only_when_cancelled CHECK (((cancelled_by IS NULL) OR (cancelled_at IS NOT NULL)))
  constraint therapist_time_off_pkey PRIMARY KEY (id)
  constraint therapist_time_off_start_before_end CHECK ((starts_at < ends_at))
  constraint therapist_time_off_starts_near_recording CHECK (((starts_at >= (created_at - '1 year'::interval)) AND (starts_at <= (created_at + '2 years'::interval)))) NOT VALID
  constraint therapist_time_off_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  CREATE INDEX therapist_time_off_overlap_idx ON public.therapist_time_off USING gist (therapist_id, tstzrange(starts_at, ends_at))
  CREATE UNIQUE INDEX therapist_time_off_pkey ON public.therapist_time_off USING btree (id)

-- table therapist_working_hours
  therapist_id uuid not null
  day_of_week smallint not null
  start_time time without time zone not null
  end_time time without time zone not null
  constraint therapist_working_hours_day_known CHECK (((day_of_week >= 1) AND (day_of_week <= 7)))
  constraint therapist_working_hours_no_overlap EXCLUDE USING gist (therapist_id WITH =, day_of_week WITH =, clinic_time_range(start_time, end_time) WITH &&)
  constraint therapist_working_hours_start_before_end CHECK ((start_time < end_time))
  constraint therapist_working_hours_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  CREATE INDEX therapist_working_hours_no_overlap ON public.therapist_working_hours USING gist (therapist_id, day_of_week, clinic_time_range(start_time, end_time))

-- table treatment_plan
  id uuid not null
  patient_id uuid not null
  therapist_id uuid not null
  protocol_id uuid
  protocol_version integer
  diagnosis_code character varying(8) not null
  visits_per_week integer not null
  duration_weeks integer not null
  start_date date not null
  status character varying(20) not null default 'DRAFT'::character varying
  discontinue_reason character varying(200)
  activated_at timestamp with time zone
  completed_at timestamp with time zone
  discontinued_at timestamp with time zone
  education_topics text[] not null
  belt_recommended boolean
  belt_reason character varying(30)
  belt_wearing_instructions character varying(10000)
  belt_review_after_weeks integer
  belt_source character varying(20)
  version bigint not null default 0
  created_at timestamp with time zone not null
  created_by uuid not null
  payer_profile character varying(30)
  planned_services text[]
  referral_practitioner_name character varying(200)
  referral_npi character varying(10)
  referral_order_date date
  referral_order_on_file boolean
  long_term_goals_numbered integer not null default 0
  short_term_goals_numbered integer not null default 0
  constraint treatment_plan_belt_complete CHECK (((belt_recommended IS NULL) = (belt_source IS NULL)))
  constraint treatment_plan_belt_reason_known CHECK (((belt_reason)::text = ANY ((ARRAY['HYPERMOBILITY'::character varying, 'PREGNANCY_RELATED'::character varying, 'OTHER'::character varying])::text[])))
  constraint treatment_plan_belt_reason_when_recommended CHECK (((belt_recommended IS NOT TRUE) OR (belt_reason IS NOT NULL)))
  constraint treatment_plan_belt_review_range CHECK (((belt_review_after_weeks >= 1) AND (belt_review_after_weeks <= 52)))
  constraint treatment_plan_belt_source_known CHECK (((belt_source)::text = ANY ((ARRAY['PATIENT_FACTS'::character varying, 'THERAPIST'::character varying])::text[])))
  constraint treatment_plan_diagnosis_code_format CHECK (((diagnosis_code)::text ~ '^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'::text))
  constraint treatment_plan_discontinue_reason_not_blank CHECK ((btrim((discontinue_reason)::text) <> ''::text))
  constraint treatment_plan_discontinued_has_reason CHECK ((((status)::text = 'DISCONTINUED'::text) = (discontinue_reason IS NOT NULL)))
  constraint treatment_plan_duration_weeks_range CHECK (((duration_weeks >= 1) AND (duration_weeks <= 52)))
  constraint treatment_plan_education_topics_known CHECK ((education_topics <@ ARRAY['POSTURE'::text, 'LIFTING_AND_CARRYING'::text, 'SITTING'::text, 'ACTIVITY_LEVEL'::text, 'SLEEP_POSITION'::text]))
  constraint treatment_plan_has_goal TRIGGER DEFERRABLE INITIALLY DEFERRED
  constraint treatment_plan_id_patient_unique UNIQUE (id, patient_id)
  constraint treatment_plan_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint treatment_plan_payer_profile_known CHECK (((payer_profile)::text = ANY ((ARRAY['MEDICARE_PART_B'::character varying, 'COMMERCIAL_CMS_RULE'::character varying, 'COMMERCIAL_CPT_RULE'::character varying, 'SELF_PAY'::character varying])::text[])))
  constraint treatment_plan_pkey PRIMARY KEY (id)
  constraint treatment_plan_plan_of_care_complete CHECK (((payer_profile IS NULL) = (planned_services IS NULL)))
  constraint treatment_plan_planned_services_distinct CHECK (treatment_plan_services_distinct(planned_services))
  constraint treatment_plan_planned_services_known CHECK ((planned_services <@ ARRAY['97035'::text, '97110'::text, '97112'::text, '97116'::text, '97140'::text, '97164'::text, '97530'::text, '97535'::text]))
  constraint treatment_plan_planned_services_not_empty CHECK ((cardinality(planned_services) >= 1))
  constraint treatment_plan_protocol_complete CHECK (((protocol_id IS NULL) = (protocol_version IS NULL)))
  constraint treatment_plan_protocol_version_fk FOREIGN KEY (protocol_id, protocol_version) REFERENCES protocol_version(protocol_id, version)
  constraint treatment_plan_referral_complete CHECK ((((referral_practitioner_name IS NULL) = (referral_npi IS NULL)) AND ((referral_npi IS NULL) = (referral_order_date IS NULL)) AND ((referral_order_date IS NULL) = (referral_order_on_file IS NULL))))
  constraint treatment_plan_referral_npi_valid CHECK (npi_is_valid((referral_npi)::text))
  constraint treatment_plan_referral_only_with_plan_of_care CHECK (((referral_npi IS NULL) OR (payer_profile IS NOT NULL)))
  constraint treatment_plan_referral_practitioner_not_blank CHECK ((btrim((referral_practitioner_name)::text) <> ''::text))
  constraint treatment_plan_status_known CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'ACTIVE'::character varying, 'ON_HOLD'::character varying, 'COMPLETED'::character varying, 'DISCONTINUED'::character varying])::text[])))
  constraint treatment_plan_status_recorded TRIGGER DEFERRABLE INITIALLY DEFERRED
  constraint treatment_plan_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  constraint treatment_plan_visits_per_week_range CHECK (((visits_per_week >= 1) AND (visits_per_week <= 7)))
  CREATE INDEX treatment_plan_activated_at_idx ON public.treatment_plan USING btree (activated_at) WHERE (activated_at IS NOT NULL)
  CREATE UNIQUE INDEX treatment_plan_id_patient_unique ON public.treatment_plan USING btree (id, patient_id)
  CREATE UNIQUE INDEX treatment_plan_one_open_per_patient ON public.treatment_plan USING btree (patient_id) WHERE ((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'ON_HOLD'::character varying])::text[]))
  CREATE INDEX treatment_plan_patient_idx ON public.treatment_plan USING btree (patient_id, created_at)
  CREATE UNIQUE INDEX treatment_plan_pkey ON public.treatment_plan USING btree (id)
  CREATE INDEX treatment_plan_protocol_idx ON public.treatment_plan USING btree (protocol_id, protocol_version)
  CREATE INDEX treatment_plan_status_idx ON public.treatment_plan USING btree (status)
  CREATE INDEX treatment_plan_therapist_idx ON public.treatment_plan USING btree (therapist_id)
  CREATE TRIGGER treatment_plan_closing_stops_prescriptions AFTER UPDATE OF status ON treatment_plan FOR EACH ROW WHEN (new.status::text = ANY (ARRAY['COMPLETED'::character varying, 'DISCONTINUED'::character varying]::text[])) EXECUTE FUNCTION treatment_plan_stop_prescriptions()
  CREATE CONSTRAINT TRIGGER treatment_plan_has_goal AFTER INSERT ON treatment_plan DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION treatment_plan_refuse_without_goal()
  CREATE TRIGGER treatment_plan_red_flag_gate BEFORE UPDATE OF status ON treatment_plan FOR EACH ROW WHEN (new.status::text = 'ACTIVE'::text AND old.status::text IS DISTINCT FROM 'ACTIVE'::text) EXECUTE FUNCTION treatment_plan_refuse_activation_past_red_flags()
  CREATE TRIGGER treatment_plan_starts_as_draft BEFORE INSERT ON treatment_plan FOR EACH ROW EXECUTE FUNCTION treatment_plan_refuse_start_other_than_draft()
  CREATE TRIGGER treatment_plan_status_moves_forward BEFORE UPDATE OF status ON treatment_plan FOR EACH ROW EXECUTE FUNCTION treatment_plan_refuse_status_move()
  CREATE CONSTRAINT TRIGGER treatment_plan_status_recorded AFTER INSERT OR UPDATE OF status ON treatment_plan DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION treatment_plan_refuse_unrecorded_status()
  CREATE TRIGGER treatment_plan_summary_before_completion BEFORE UPDATE OF status ON treatment_plan FOR EACH ROW EXECUTE FUNCTION treatment_plan_refuse_completion_without_discharge_summary()

-- table treatment_plan_goal
  plan_id uuid not null
  position integer not null
  description character varying(10000) not null
  target_date date
  term character varying(10) not null default 'LONG_TERM'::character varying
  number integer not null
  measure_kind character varying(20)
  measure_instrument character varying(4)
  measure_activity_name character varying(200)
  measure_unit character varying(50)
  measure_baseline numeric(8,2)
  measure_target numeric(8,2)
  measure_comparator character varying(8)
  status character varying(20) not null default 'ACTIVE'::character varying
  status_on date
  goal_id character varying(12) not null generated always as ((
CASE term
    WHEN 'SHORT_TERM'::text THEN 'STG'::text
    ELSE 'LTG'::text
END || (number)::text)) stored
  constraint treatment_plan_goal_description_length CHECK ((char_length((description)::text) <= 1000)) NOT VALID
  constraint treatment_plan_goal_description_not_blank CHECK ((btrim((description)::text) <> ''::text))
  constraint treatment_plan_goal_id_unique UNIQUE (plan_id, goal_id)
  constraint treatment_plan_goal_measure_comparator_known CHECK (((measure_comparator)::text = ANY ((ARRAY['AT_MOST'::character varying, 'AT_LEAST'::character varying])::text[])))
  constraint treatment_plan_goal_measure_complete CHECK ((((measure_kind IS NULL) = (measure_baseline IS NULL)) AND ((measure_baseline IS NULL) = (measure_target IS NULL)) AND ((measure_target IS NULL) = (measure_comparator IS NULL))))
  constraint treatment_plan_goal_measure_details CHECK ((((measure_instrument IS NOT NULL) = (NOT ((measure_kind)::text IS DISTINCT FROM 'OUTCOME_INSTRUMENT'::text))) AND ((measure_activity_name IS NOT NULL) = (NOT ((measure_kind)::text IS DISTINCT FROM 'PSFS_ACTIVITY'::text))) AND ((measure_unit IS NOT NULL) = (NOT ((measure_kind)::text IS DISTINCT FROM 'OTHER'::text))) AND (btrim((measure_activity_name)::text) <> ''::text) AND (btrim((measure_unit)::text) <> ''::text)))
  constraint treatment_plan_goal_measure_direction CHECK (((((measure_comparator)::text = 'AT_MOST'::text) AND (measure_target < measure_baseline)) OR (((measure_comparator)::text = 'AT_LEAST'::text) AND (measure_target > measure_baseline))))
  constraint treatment_plan_goal_measure_in_range CHECK (((measure_kind IS NULL) OR ((measure_kind)::text = 'OTHER'::text) OR ((LEAST(measure_baseline, measure_target) >= (0)::numeric) AND (GREATEST(measure_baseline, measure_target) <= treatment_plan_goal_measure_maximum((measure_kind)::text, (measure_instrument)::text)))))
  constraint treatment_plan_goal_measure_instrument_known CHECK (((measure_instrument)::text = ANY ((ARRAY['NPRS'::character varying, 'ODI'::character varying, 'PSFS'::character varying, 'RMDQ'::character varying])::text[])))
  constraint treatment_plan_goal_measure_kind_known CHECK (((measure_kind)::text = ANY ((ARRAY['OUTCOME_INSTRUMENT'::character varying, 'PSFS_ACTIVITY'::character varying, 'OTHER'::character varying])::text[])))
  constraint treatment_plan_goal_number_positive CHECK ((number >= 1))
  constraint treatment_plan_goal_pk PRIMARY KEY (plan_id, "position")
  constraint treatment_plan_goal_plan_fk FOREIGN KEY (plan_id) REFERENCES treatment_plan(id)
  constraint treatment_plan_goal_short_term_measurable CHECK ((((term)::text = 'LONG_TERM'::text) OR ((measure_kind IS NOT NULL) AND (target_date IS NOT NULL))))
  constraint treatment_plan_goal_status_dated CHECK ((((status)::text = 'ACTIVE'::text) OR (status_on IS NOT NULL)))
  constraint treatment_plan_goal_status_known CHECK (((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'MET'::character varying, 'PARTIALLY_MET'::character varying, 'NOT_MET'::character varying, 'DISCONTINUED'::character varying])::text[])))
  constraint treatment_plan_goal_term_known CHECK (((term)::text = ANY ((ARRAY['SHORT_TERM'::character varying, 'LONG_TERM'::character varying])::text[])))
  CREATE UNIQUE INDEX treatment_plan_goal_id_unique ON public.treatment_plan_goal USING btree (plan_id, goal_id)
  CREATE UNIQUE INDEX treatment_plan_goal_pk ON public.treatment_plan_goal USING btree (plan_id, "position")
  CREATE TRIGGER treatment_plan_goal_closed_never_changes BEFORE UPDATE ON treatment_plan_goal FOR EACH ROW EXECUTE FUNCTION treatment_plan_goal_refuse_change()
  CREATE TRIGGER treatment_plan_goal_numbered BEFORE INSERT ON treatment_plan_goal FOR EACH ROW EXECUTE FUNCTION treatment_plan_goal_take_number()

-- table treatment_plan_status_history
  plan_id uuid not null
  seq integer not null
  status character varying(20) not null
  changed_at timestamp with time zone not null
  changed_by uuid not null
  reason character varying(200)
  constraint treatment_plan_status_history_pk PRIMARY KEY (plan_id, seq)
  constraint treatment_plan_status_history_plan_fk FOREIGN KEY (plan_id) REFERENCES treatment_plan(id)
  constraint treatment_plan_status_history_reason_not_blank CHECK ((btrim((reason)::text) <> ''::text))
  constraint treatment_plan_status_history_status_known CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'ACTIVE'::character varying, 'ON_HOLD'::character varying, 'COMPLETED'::character varying, 'DISCONTINUED'::character varying])::text[])))
  CREATE UNIQUE INDEX treatment_plan_status_history_pk ON public.treatment_plan_status_history USING btree (plan_id, seq)
  CREATE TRIGGER treatment_plan_status_history_append_only BEFORE DELETE OR UPDATE ON treatment_plan_status_history FOR EACH ROW EXECUTE FUNCTION treatment_plan_status_history_refuse_change()
  CREATE TRIGGER treatment_plan_status_history_no_truncate BEFORE TRUNCATE ON treatment_plan_status_history FOR EACH STATEMENT EXECUTE FUNCTION treatment_plan_status_history_refuse_change()

-- table visit_note
  id uuid not null
  appointment_id uuid not null
  patient_id uuid not null
  therapist_id uuid not null
  author_user_id uuid not null
  status character varying(10) not null default 'DRAFT'::character varying
  subjective character varying(10000)
  objective character varying(10000)
  assessment character varying(10000)
  plan character varying(10000)
  pain_before smallint
  pain_after smallint
  signed_at timestamp with time zone
  signed_by_user_id uuid
  version bigint not null default 0
  created_at timestamp with time zone not null
  updated_at timestamp with time zone not null
  appointment_minutes integer not null
  visit_type character varying(20) not null
  treatment_plan_id uuid
  total_treatment_minutes smallint
  preferred_for_remainder character varying(5)
  evaluation_personal_factors smallint
  evaluation_examined_elements smallint
  evaluation_presentation character varying(10)
  evaluation_decision_making character varying(10)
  date_of_service date
  constraint visit_note_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment(id)
  constraint visit_note_appointment_unique UNIQUE (appointment_id)
  constraint visit_note_author_fk FOREIGN KEY (author_user_id) REFERENCES staff_account(id)
  constraint visit_note_by_the_appointments_therapist FOREIGN KEY (appointment_id, therapist_id) REFERENCES appointment(id, therapist_id) ON UPDATE RESTRICT
  constraint visit_note_draft_unsigned CHECK ((((status)::text <> 'DRAFT'::text) OR ((signed_at IS NULL) AND (signed_by_user_id IS NULL))))
  constraint visit_note_evaluation_complexity_complete CHECK ((num_nulls(evaluation_personal_factors, evaluation_examined_elements, evaluation_presentation, evaluation_decision_making) = ANY (ARRAY[0, 4])))
  constraint visit_note_evaluation_decision_making_known CHECK (((evaluation_decision_making)::text = ANY ((ARRAY['LOW'::character varying, 'MODERATE'::character varying, 'HIGH'::character varying])::text[])))
  constraint visit_note_evaluation_examined_elements_range CHECK (((evaluation_examined_elements >= 1) AND (evaluation_examined_elements <= 20)))
  constraint visit_note_evaluation_on_initial_evaluation CHECK (((evaluation_presentation IS NULL) OR ((visit_type)::text = 'INITIAL_EVALUATION'::text)))
  constraint visit_note_evaluation_personal_factors_range CHECK (((evaluation_personal_factors >= 0) AND (evaluation_personal_factors <= 20)))
  constraint visit_note_evaluation_presentation_known CHECK (((evaluation_presentation)::text = ANY ((ARRAY['STABLE'::character varying, 'EVOLVING'::character varying, 'UNSTABLE'::character varying])::text[])))
  constraint visit_note_id_visit_type_unique UNIQUE (id, visit_type)
  constraint visit_note_lasts_as_its_appointment FOREIGN KEY (appointment_id, appointment_minutes) REFERENCES appointment(id, duration_minutes) ON UPDATE CASCADE
  constraint visit_note_pain_after_range CHECK (((pain_after >= 0) AND (pain_after <= 10)))
  constraint visit_note_pain_before_range CHECK (((pain_before >= 0) AND (pain_before <= 10)))
  constraint visit_note_patient_fk FOREIGN KEY (patient_id) REFERENCES patient(id)
  constraint visit_note_pkey PRIMARY KEY (id)
  constraint visit_note_plan_of_the_patient FOREIGN KEY (treatment_plan_id, patient_id) REFERENCES treatment_plan(id, patient_id)
  constraint visit_note_preferred_for_remainder_given FOREIGN KEY (id, preferred_for_remainder) REFERENCES visit_note_service(visit_note_id, cpt) DEFERRABLE INITIALLY DEFERRED
  constraint visit_note_preferred_for_remainder_timed CHECK (((preferred_for_remainder)::text = ANY ((ARRAY['97035'::character varying, '97110'::character varying, '97112'::character varying, '97116'::character varying, '97140'::character varying, '97530'::character varying, '97535'::character varying])::text[])))
  constraint visit_note_signed_by_fk FOREIGN KEY (signed_by_user_id) REFERENCES staff_account(id)
  constraint visit_note_signed_complete CHECK ((((status)::text <> 'SIGNED'::text) OR ((btrim((COALESCE(subjective, ''::character varying))::text) <> ''::text) AND (btrim((COALESCE(objective, ''::character varying))::text) <> ''::text) AND (btrim((COALESCE(assessment, ''::character varying))::text) <> ''::text) AND (btrim((COALESCE(plan, ''::character varying))::text) <> ''::text) AND (signed_at IS NOT NULL) AND (signed_by_user_id IS NOT NULL))))
  constraint visit_note_signed_dated CHECK ((((status)::text = 'SIGNED'::text) = (date_of_service IS NOT NULL)))
  constraint visit_note_signed_evaluation_complexity CHECK ((((status)::text <> 'SIGNED'::text) OR ((visit_type)::text <> 'INITIAL_EVALUATION'::text) OR (treatment_plan_id IS NULL) OR (evaluation_presentation IS NOT NULL)))
  constraint visit_note_status_known CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'SIGNED'::character varying])::text[])))
  constraint visit_note_therapist_fk FOREIGN KEY (therapist_id) REFERENCES therapist(id)
  constraint visit_note_total_treatment_minutes_range CHECK (((total_treatment_minutes >= 1) AND (total_treatment_minutes <= 600)))
  constraint visit_note_visit_type_of_its_appointment FOREIGN KEY (appointment_id, visit_type) REFERENCES appointment(id, type)
  CREATE UNIQUE INDEX visit_note_appointment_unique ON public.visit_note USING btree (appointment_id)
  CREATE INDEX visit_note_author_idx ON public.visit_note USING btree (author_user_id)
  CREATE UNIQUE INDEX visit_note_id_visit_type_unique ON public.visit_note USING btree (id, visit_type)
  CREATE INDEX visit_note_patient_date_of_service_idx ON public.visit_note USING btree (patient_id, date_of_service, signed_at) WHERE ((status)::text = 'SIGNED'::text)
  CREATE INDEX visit_note_patient_idx ON public.visit_note USING btree (patient_id, created_at)
  CREATE UNIQUE INDEX visit_note_pkey ON public.visit_note USING btree (id)
  CREATE INDEX visit_note_signed_by_idx ON public.visit_note USING btree (signed_by_user_id)
  CREATE INDEX visit_note_signed_date_of_service_idx ON public.visit_note USING btree (date_of_service, patient_id) WHERE ((status)::text = 'SIGNED'::text)
  CREATE INDEX visit_note_therapist_idx ON public.visit_note USING btree (therapist_id, created_at)
  CREATE INDEX visit_note_treatment_plan_idx ON public.visit_note USING btree (treatment_plan_id, date_of_service, signed_at) WHERE (treatment_plan_id IS NOT NULL)
  CREATE TRIGGER visit_note_manual_therapy_fits_visit AFTER UPDATE OF status ON visit_note FOR EACH ROW WHEN (old.status::text = 'DRAFT'::text AND new.status::text = 'SIGNED'::text) EXECUTE FUNCTION visit_note_manual_therapy_check_signing()
  CREATE TRIGGER visit_note_no_truncate BEFORE TRUNCATE ON visit_note FOR EACH STATEMENT EXECUTE FUNCTION visit_note_refuse_truncate()
  CREATE TRIGGER visit_note_services_checked_at_signing AFTER UPDATE OF status ON visit_note FOR EACH ROW WHEN (old.status::text = 'DRAFT'::text AND new.status::text = 'SIGNED'::text) EXECUTE FUNCTION visit_note_check_services_at_signing()
  CREATE TRIGGER visit_note_signed_unchangeable BEFORE DELETE OR UPDATE ON visit_note FOR EACH ROW EXECUTE FUNCTION visit_note_refuse_change()
  CREATE TRIGGER visit_note_signed_under_a_plan_with_a_payer AFTER UPDATE OF status ON visit_note FOR EACH ROW WHEN (old.status::text = 'DRAFT'::text AND new.status::text = 'SIGNED'::text AND new.treatment_plan_id IS NOT NULL) EXECUTE FUNCTION visit_note_check_plan_has_payer()

-- table visit_note_addendum
  id uuid not null
  visit_note_id uuid not null
  text character varying(10000) not null
  author_user_id uuid not null
  author_username character varying(100) not null
  author_therapist_id uuid not null
  created_at timestamp with time zone not null
  constraint visit_note_addendum_author_fk FOREIGN KEY (author_user_id) REFERENCES staff_account(id)
  constraint visit_note_addendum_note_fk FOREIGN KEY (visit_note_id) REFERENCES visit_note(id)
  constraint visit_note_addendum_pkey PRIMARY KEY (id)
  constraint visit_note_addendum_text_not_blank CHECK ((btrim((text)::text) <> ''::text))
  constraint visit_note_addendum_therapist_fk FOREIGN KEY (author_therapist_id) REFERENCES therapist(id)
  CREATE INDEX visit_note_addendum_author_idx ON public.visit_note_addendum USING btree (author_user_id)
  CREATE INDEX visit_note_addendum_note_idx ON public.visit_note_addendum USING btree (visit_note_id, created_at)
  CREATE UNIQUE INDEX visit_note_addendum_pkey ON public.visit_note_addendum USING btree (id)
  CREATE INDEX visit_note_addendum_therapist_idx ON public.visit_note_addendum USING btree (author_therapist_id)
  CREATE TRIGGER visit_note_addendum_append_only BEFORE INSERT OR DELETE OR UPDATE ON visit_note_addendum FOR EACH ROW EXECUTE FUNCTION visit_note_addendum_guard()
  CREATE TRIGGER visit_note_addendum_no_truncate BEFORE TRUNCATE ON visit_note_addendum FOR EACH STATEMENT EXECUTE FUNCTION visit_note_refuse_truncate()

-- table visit_note_exercise
  visit_note_id uuid not null
  position smallint not null
  exercise_id uuid
  name character varying(200) not null
  sets smallint
  reps smallint
  hold_seconds smallint
  constraint visit_note_exercise_hold_range CHECK (((hold_seconds >= 1) AND (hold_seconds <= 600)))
  constraint visit_note_exercise_name_not_blank CHECK ((btrim((name)::text) <> ''::text))
  constraint visit_note_exercise_note_fk FOREIGN KEY (visit_note_id) REFERENCES visit_note(id)
  constraint visit_note_exercise_pk PRIMARY KEY (visit_note_id, "position")
  constraint visit_note_exercise_position_range CHECK ((("position" >= 0) AND ("position" <= 29)))
  constraint visit_note_exercise_reps_range CHECK (((reps >= 1) AND (reps <= 100)))
  constraint visit_note_exercise_sets_range CHECK (((sets >= 1) AND (sets <= 20)))
  CREATE UNIQUE INDEX visit_note_exercise_pk ON public.visit_note_exercise USING btree (visit_note_id, "position")
  CREATE TRIGGER visit_note_exercise_no_truncate BEFORE TRUNCATE ON visit_note_exercise FOR EACH STATEMENT EXECUTE FUNCTION visit_note_refuse_truncate()
  CREATE TRIGGER visit_note_exercise_signed_unchangeable BEFORE INSERT OR DELETE OR UPDATE ON visit_note_exercise FOR EACH ROW EXECUTE FUNCTION visit_note_part_refuse_change()

-- table visit_note_manual_therapy
  visit_note_id uuid not null
  position smallint not null
  technique character varying(30) not null
  region character varying(20) not null
  side character varying(10)
  grade smallint
  minutes smallint not null
  patient_response character varying(200)
  constraint visit_note_manual_therapy_maitland_grade CHECK (
CASE technique
    WHEN 'JOINT_MOBILIZATION'::text THEN ((grade IS NOT NULL) AND ((grade >= 1) AND (grade <= 4)))
    WHEN 'MANIPULATION'::text THEN ((grade IS NOT NULL) AND (grade = 5))
    ELSE (grade IS NULL)
END)
  constraint visit_note_manual_therapy_minutes_range CHECK (((minutes >= 1) AND (minutes <= 60)))
  constraint visit_note_manual_therapy_note_fk FOREIGN KEY (visit_note_id) REFERENCES visit_note(id)
  constraint visit_note_manual_therapy_pk PRIMARY KEY (visit_note_id, "position")
  constraint visit_note_manual_therapy_position_range CHECK ((("position" >= 0) AND ("position" <= 19)))
  constraint visit_note_manual_therapy_region_known CHECK (((region)::text = ANY ((ARRAY['SACROILIAC_JOINT'::character varying, 'LUMBAR_SPINE'::character varying, 'PELVIS'::character varying, 'HIP'::character varying, 'THIGH'::character varying])::text[])))
  constraint visit_note_manual_therapy_response_not_blank CHECK ((btrim((patient_response)::text) <> ''::text))
  constraint visit_note_manual_therapy_side_for_paired_region CHECK ((((region)::text <> ALL ((ARRAY['SACROILIAC_JOINT'::character varying, 'HIP'::character varying, 'THIGH'::character varying])::text[])) OR (side IS NOT NULL)))
  constraint visit_note_manual_therapy_side_known CHECK (((side)::text = ANY ((ARRAY['LEFT'::character varying, 'RIGHT'::character varying, 'BILATERAL'::character varying])::text[])))
  constraint visit_note_manual_therapy_technique_known CHECK (((technique)::text = ANY ((ARRAY['SOFT_TISSUE_MOBILIZATION'::character varying, 'MYOFASCIAL_RELEASE'::character varying, 'JOINT_MOBILIZATION'::character varying, 'MANIPULATION'::character varying, 'MUSCLE_ENERGY_TECHNIQUE'::character varying, 'STRAIN_COUNTERSTRAIN'::character varying, 'MANUAL_TRACTION'::character varying])::text[])))
  CREATE UNIQUE INDEX visit_note_manual_therapy_pk ON public.visit_note_manual_therapy USING btree (visit_note_id, "position")
  CREATE TRIGGER visit_note_manual_therapy_fits_visit AFTER INSERT OR UPDATE ON visit_note_manual_therapy FOR EACH ROW EXECUTE FUNCTION visit_note_manual_therapy_check_entry()
  CREATE TRIGGER visit_note_manual_therapy_no_truncate BEFORE TRUNCATE ON visit_note_manual_therapy FOR EACH STATEMENT EXECUTE FUNCTION visit_note_refuse_truncate()
  CREATE TRIGGER visit_note_manual_therapy_signed_unchangeable BEFORE INSERT OR DELETE OR UPDATE ON visit_note_manual_therapy FOR EACH ROW EXECUTE FUNCTION visit_note_part_refuse_change()

-- table visit_note_service
  visit_note_id uuid not null
  cpt character varying(5) not null
  minutes smallint
  visit_type character varying(20) not null
  constraint visit_note_service_cpt_known CHECK (((cpt)::text = ANY ((ARRAY['97035'::character varying, '97110'::character varying, '97112'::character varying, '97116'::character varying, '97140'::character varying, '97530'::character varying, '97535'::character varying, '97164'::character varying])::text[])))
  constraint visit_note_service_minutes_range CHECK (((minutes >= 1) AND (minutes <= 120)))
  constraint visit_note_service_note_fk FOREIGN KEY (visit_note_id, visit_type) REFERENCES visit_note(id, visit_type)
  constraint visit_note_service_one_line_per_code PRIMARY KEY (visit_note_id, cpt)
  constraint visit_note_service_re_evaluation_on_re_evaluation_visit CHECK ((((cpt)::text <> '97164'::text) OR ((visit_type)::text = 'RE_EVALUATION'::text)))
  constraint visit_note_service_timed_has_minutes CHECK ((((cpt)::text = '97164'::text) OR (minutes IS NOT NULL)))
  CREATE UNIQUE INDEX visit_note_service_one_line_per_code ON public.visit_note_service USING btree (visit_note_id, cpt)
  CREATE TRIGGER visit_note_service_no_truncate BEFORE TRUNCATE ON visit_note_service FOR EACH STATEMENT EXECUTE FUNCTION visit_note_refuse_truncate()
  CREATE TRIGGER visit_note_service_signed_unchangeable BEFORE INSERT OR DELETE OR UPDATE ON visit_note_service FOR EACH ROW EXECUTE FUNCTION visit_note_part_refuse_change()
  CREATE TRIGGER visit_note_services_under_a_plan AFTER INSERT OR UPDATE ON visit_note_service FOR EACH ROW EXECUTE FUNCTION visit_note_service_check_plan()

-- views (their columns)
report_appointment
    id uuid
    therapist_id uuid
    patient_id uuid
    starts_at timestamp with time zone
    ends_at timestamp with time zone
    duration_minutes integer
    status character varying(20)
    late_cancellation boolean
report_outcome
    patient_id uuid
    treatment_plan_id uuid
    instrument character varying(4)
    taken_on date
    seq bigint
    score numeric(5,2)
report_patient
    id uuid
    created_at timestamp with time zone
report_protocol
    id uuid
    name character varying(200)
report_psfs_activity
    outcome_seq bigint
    name character varying(200)
    score integer
report_therapist
    id uuid
    name text
    active boolean
report_time_off
    therapist_id uuid
    span tstzrange
report_treatment_plan
    id uuid
    patient_id uuid
    therapist_id uuid
    protocol_id uuid
    status character varying(20)
    activated_at timestamp with time zone
    ended_at timestamp with time zone
report_working_hours
    therapist_id uuid
    day_of_week smallint
    start_time time without time zone
    end_time time without time zone

-- sequences (identity columns' own are left out)

-- functions
CREATE OR REPLACE FUNCTION public.appointment_refuse_status_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if new.status is distinct from old.status
       and (old.status, new.status) not in (('BOOKED', 'CHECKED_IN'), ('BOOKED', 'CANCELLED'),
                                            ('BOOKED', 'NO_SHOW'), ('CHECKED_IN', 'COMPLETED')) then
        raise exception 'an appointment cannot move from % to %', old.status, new.status
            using errcode = 'check_violation', constraint = 'appointment_status_moves_forward';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.appointment_within_working_hours(clinic_time_zone text, therapist_id uuid, starts_at timestamp with time zone, ends_at timestamp with time zone)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
begin
    return exists (
        select
          from therapist_working_hours_on(
                   appointment_within_working_hours.therapist_id,
                   extract(isodow from appointment_within_working_hours.starts_at
                                       at time zone appointment_within_working_hours.clinic_time_zone)::smallint) h
         where working_day_covers(appointment_within_working_hours.clinic_time_zone, h.start_time, h.end_time,
                                  appointment_within_working_hours.starts_at,
                                  appointment_within_working_hours.ends_at));
end
$function$
CREATE OR REPLACE FUNCTION public.audit_event_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.audit_line(at timestamp with time zone, user_id uuid, username text, role text, action text, resource_type text, resource_id text, patient_id uuid, outcome text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
    insert into audit_event (at, user_id, username, role, action, resource_type, resource_id, patient_id, outcome)
    values (audit_line.at, audit_line.user_id, audit_line.username, audit_line.role, audit_line.action,
            audit_line.resource_type, audit_line.resource_id, audit_line.patient_id, audit_line.outcome);
end
$function$
CREATE OR REPLACE FUNCTION public.book_appointment(id uuid, patient_id uuid, therapist_id uuid, starts_at timestamp with time zone, duration_minutes integer, type text, note text, booked_at timestamp with time zone, clinic_time_zone text, staff_user_id uuid, staff_username text, staff_role text, idempotency_key text, request_hash text)
 RETURNS appointment
 LANGUAGE plpgsql
AS $function$
declare
    slot_end  constant timestamptz :=
        book_appointment.starts_at + make_interval(mins => book_appointment.duration_minutes);
    claimed   appointment_idempotency_key;
    active    boolean;
    booked    appointment;
begin
    if book_appointment.idempotency_key is not null then
        insert into appointment_idempotency_key (user_id, key, request_hash, appointment_id, created_at)
        values (book_appointment.staff_user_id, book_appointment.idempotency_key, book_appointment.request_hash,
                book_appointment.id, book_appointment.booked_at)
        on conflict (user_id, key) do nothing;
        if not found then
            select * into claimed
              from appointment_idempotency_key k
             where k.user_id = book_appointment.staff_user_id and k.key = book_appointment.idempotency_key;
            if claimed.request_hash <> book_appointment.request_hash or claimed.appointment_id is null then
                raise exception 'this Idempotency-Key was already used for a different request'
                    using errcode = 'check_violation', constraint = 'appointment_idempotency_key_same_request';
            end if;
            select * into booked from appointment a where a.id = claimed.appointment_id;
            perform audit_line(book_appointment.booked_at, book_appointment.staff_user_id,
                               book_appointment.staff_username, book_appointment.staff_role, 'READ', 'appointment',
                               booked.id::text, booked.patient_id, 'ALLOWED');
            return booked;
        end if;
    end if;

    active := patient_is_active(book_appointment.patient_id);
    if active is null then
        raise exception 'no such patient'
            using errcode = 'foreign_key_violation', constraint = 'appointment_patient_fk';
    elsif not active then
        raise exception 'the patient is archived'
            using errcode = 'check_violation', constraint = 'appointment_patient_active';
    end if;

    active := therapist_is_active(book_appointment.therapist_id);
    if active is null then
        raise exception 'no such therapist'
            using errcode = 'foreign_key_violation', constraint = 'appointment_therapist_fk';
    elsif not active then
        raise exception 'the therapist no longer sees patients'
            using errcode = 'check_violation', constraint = 'appointment_therapist_active';
    end if;

    if not appointment_within_working_hours(book_appointment.clinic_time_zone, book_appointment.therapist_id,
                                            book_appointment.starts_at, slot_end) then
        raise exception 'the therapist does not work at this time'
            using errcode = 'check_violation', constraint = 'appointment_within_working_hours';
    end if;
    if therapist_off_during(book_appointment.therapist_id, book_appointment.starts_at, slot_end) then
        raise exception 'the therapist has time off at this time'
            using errcode = 'check_violation', constraint = 'appointment_outside_time_off';
    end if;

    insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, note,
                             created_at)
    values (book_appointment.id, book_appointment.patient_id, book_appointment.therapist_id,
            book_appointment.starts_at, slot_end, book_appointment.duration_minutes, book_appointment.type,
            book_appointment.note, book_appointment.booked_at)
    returning * into booked;
    -- AuditAction.CREATE on AuditResource.APPOINTMENT, allowed: the words AuditTrail.allowed writes
    perform audit_line(book_appointment.booked_at, book_appointment.staff_user_id, book_appointment.staff_username,
                       book_appointment.staff_role, 'CREATE', 'appointment', booked.id::text, booked.patient_id,
                       'ALLOWED');
    return booked;
end
$function$
CREATE OR REPLACE FUNCTION public.certification_write_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'certification writes are append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.clinic_time_multirange()
 RETURNS clinic_time_multirange
 LANGUAGE internal
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$multirange_constructor0$function$
CREATE OR REPLACE FUNCTION public.clinic_time_multirange(VARIADIC clinic_time_range[])
 RETURNS clinic_time_multirange
 LANGUAGE internal
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$multirange_constructor2$function$
CREATE OR REPLACE FUNCTION public.clinic_time_multirange(clinic_time_range)
 RETURNS clinic_time_multirange
 LANGUAGE internal
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$multirange_constructor1$function$
CREATE OR REPLACE FUNCTION public.clinic_time_range(time without time zone, time without time zone)
 RETURNS clinic_time_range
 LANGUAGE internal
 IMMUTABLE PARALLEL SAFE
AS $function$range_constructor2$function$
CREATE OR REPLACE FUNCTION public.clinic_time_range(time without time zone, time without time zone, text)
 RETURNS clinic_time_range
 LANGUAGE internal
 IMMUTABLE PARALLEL SAFE
AS $function$range_constructor3$function$
CREATE OR REPLACE FUNCTION public.clock_offset(clinic_time_zone text, at timestamp with time zone)
 RETURNS interval
 LANGUAGE sql
 STABLE PARALLEL SAFE STRICT
AS $function$
select (clock_offset.at at time zone clock_offset.clinic_time_zone) - (clock_offset.at at time zone 'UTC')
$function$
CREATE OR REPLACE FUNCTION public.episode_document_addendum_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'addenda are append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.episode_document_addendum_refuse_draft()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if not exists (select 1 from episode_document where id = new.document_id and status = 'SIGNED' for share) then
        raise exception 'addenda are added to signed documents only'
            using errcode = 'check_violation', constraint = 'episode_document_addendum_signed_document';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.episode_document_part_refuse_change_once_signed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    document uuid := case when tg_op = 'INSERT' then new.document_id else old.document_id end;
begin
    if exists (select 1 from episode_document where id = document and status = 'SIGNED') then
        raise exception 'a signed episode document changes only by addenda'
            using errcode = 'check_violation', constraint = 'episode_document_signed_unchanged';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$function$
CREATE OR REPLACE FUNCTION public.episode_document_refuse_change_once_signed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op = 'DELETE' or old.status = 'SIGNED' then
        raise exception 'a signed episode document changes only by addenda'
            using errcode = 'check_violation', constraint = 'episode_document_signed_unchanged';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.evaluation_cluster_of(distraction text, thigh_thrust text, compression text, sacral_thrust text, gaenslen text)
 RETURNS evaluation_cluster
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
select row(four.positive + (gaenslen = 'POSITIVE')::integer,
           four.tested + (gaenslen <> 'NOT_TESTED')::integer,
           case when four.positive >= 2 then 'SUPPORTS_SI_JOINT_PAIN'
                when four.tested = 4 then 'DOES_NOT_SUPPORT'
                else 'INSUFFICIENT_TESTS' end)::evaluation_cluster
  from (select (distraction = 'POSITIVE')::integer + (thigh_thrust = 'POSITIVE')::integer
               + (compression = 'POSITIVE')::integer + (sacral_thrust = 'POSITIVE')::integer as positive,
               (distraction <> 'NOT_TESTED')::integer + (thigh_thrust <> 'NOT_TESTED')::integer
               + (compression <> 'NOT_TESTED')::integer + (sacral_thrust <> 'NOT_TESTED')::integer as tested) four
$function$
CREATE OR REPLACE FUNCTION public.hep_adherence_entry_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'adherence entries are append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.hep_adherence_entry_refuse_inactive_plan()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if not exists (select 1 from treatment_plan where id = new.plan_id and status = 'ACTIVE' for share) then
        raise exception 'adherence is recorded only on an ACTIVE plan'
            using errcode = 'check_violation', constraint = 'hep_adherence_entry_plan_active';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.next_offset_change(clinic_time_zone text, from_moment timestamp with time zone, to_moment timestamp with time zone)
 RETURNS timestamp with time zone
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
declare
    same_offset constant interval := clock_offset(clinic_time_zone, from_moment);
    before      timestamptz := from_moment;
    after       timestamptz := to_moment - interval '1 microsecond';
    middle      timestamptz;
begin
    if after <= before or clock_offset(clinic_time_zone, after) = same_offset then
        return to_moment;
    end if;
    -- the offset is same_offset at before and another one at after
    while after - before > interval '1 microsecond' loop
        -- in seconds, so that no day of the session's time zone (23 or 25 hours) is added
        middle := before + make_interval(secs => extract(epoch from after - before) / 2);
        if clock_offset(clinic_time_zone, middle) = same_offset then
            before := middle;
        else
            after := middle;
        end if;
    end loop;
    return after;
end
$function$
CREATE OR REPLACE FUNCTION public.npi_is_valid(npi text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
select case
           when npi !~ '^[0-9]{10}$' then false
           else (select sum(case when (16 - i) % 2 = 0 then (2 * d) / 10 + (2 * d) % 10 else d end) % 10 = 0
                   from generate_series(1, 15) i,
                        lateral (select substr('80840' || npi, i, 1)::int as d) digit)
       end
$function$
CREATE OR REPLACE FUNCTION public.outcome_improved_by_mcid(instrument text, baseline numeric, latest numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN CASE instrument WHEN 'NPRS'::text THEN (((baseline - latest) >= (2)::numeric) OR ((baseline > (0)::numeric) AND (((baseline - latest) * (10)::numeric) >= (baseline * (3)::numeric)))) WHEN 'ODI'::text THEN (((baseline - latest) >= (10)::numeric) OR ((baseline > (0)::numeric) AND (((baseline - latest) * (10)::numeric) >= (baseline * (3)::numeric)))) WHEN 'PSFS'::text THEN ((latest - baseline) >= (2)::numeric) WHEN 'RMDQ'::text THEN (((baseline - latest) >= (5)::numeric) OR ((baseline > (0)::numeric) AND (((baseline - latest) * (10)::numeric) >= (baseline * (3)::numeric)))) ELSE NULL::boolean END
CREATE OR REPLACE FUNCTION public.outcome_measure_check_psfs_score()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    measure_id uuid;
    measure    record;
begin
    -- each branch names the column of its own table (PL/pgSQL plans a statement when it first runs it)
    if tg_table_name = 'outcome_measure' then
        measure_id := new.id;
    else
        measure_id := new.outcome_measure_id;
    end if;
    select m.instrument, m.score, (select round(avg(a.score), 2) from psfs_activity a
                                    where a.outcome_measure_id = m.id) as mean
      into measure
      from outcome_measure m
     where m.id = measure_id;
    if measure.instrument <> 'PSFS' then
        raise exception 'only a PSFS measure has activities'
            using errcode = 'check_violation', constraint = 'psfs_activity_of_a_psfs_measure';
    end if;
    if measure.mean is null or measure.score <> measure.mean then
        raise exception 'a PSFS score is the mean of its activities, two decimals'
            using errcode = 'check_violation', constraint = 'outcome_measure_psfs_score';
    end if;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.outcome_measure_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    mark constant text[] := array['entered_in_error_at', 'entered_in_error_by', 'entered_in_error_reason'];
begin
    if tg_op = 'DELETE' or to_jsonb(new) - mark is distinct from to_jsonb(old) - mark then
        raise exception 'an outcome measure is never deleted and its values never change'
            using errcode = 'check_violation', constraint = 'outcome_measure_values_unchangeable';
    end if;
    if old.entered_in_error_at is not null
       and (new.entered_in_error_at, new.entered_in_error_by, new.entered_in_error_reason)
           is distinct from (old.entered_in_error_at, old.entered_in_error_by, old.entered_in_error_reason) then
        raise exception 'a measure marked entered in error keeps its mark as it was set'
            using errcode = 'check_violation', constraint = 'outcome_measure_entered_in_error_final';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.outcome_measure_refuse_truncate()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'outcome measures are never removed' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.patient_identity_name(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(btrim(regexp_replace(name, '[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+'::text, ' '::text, 'g'::text)))
CREATE OR REPLACE FUNCTION public.patient_is_active(patient_id uuid)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
begin
    return (select p.active from patient p where p.id = patient_is_active.patient_id);
end
$function$
CREATE OR REPLACE FUNCTION public.patient_refuse_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'patients are archived, never deleted'
        using errcode = 'check_violation', constraint = 'patient_never_deleted';
end
$function$
CREATE OR REPLACE FUNCTION public.patient_search_name(first_name text, last_name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(unaccent('unaccent'::regdictionary, ((first_name || ' '::text) || last_name)))
CREATE OR REPLACE FUNCTION public.patient_search_phone(phone text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN regexp_replace(phone, '[^0-9]'::text, ''::text, 'g'::text)
CREATE OR REPLACE FUNCTION public.prescription_dose_history_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'prescription dose history is append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.prescription_refuse_closed_plan()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if exists (select 1 from treatment_plan where id = new.plan_id and status in ('COMPLETED', 'DISCONTINUED')) then
        raise exception 'a closed plan has no active prescription'
            using errcode = 'check_violation', constraint = 'prescription_plan_open';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.protocol_version_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'protocol versions are immutable' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.psfs_activity_key(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN lower(btrim(name, ' 	
'::text))
CREATE OR REPLACE FUNCTION public.psfs_activity_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'the activities of a PSFS measure never change'
        using errcode = 'check_violation', constraint = 'psfs_activity_unchangeable';
end
$function$
CREATE OR REPLACE FUNCTION public.psfs_comparable_means(baseline_names text[], baseline_scores integer[], latest_names text[], latest_scores integer[], OUT baseline numeric, OUT latest numeric)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    with b as (select psfs_activity_key(n) as name, s as score from unnest(baseline_names, baseline_scores) u(n, s)),
         l as (select psfs_activity_key(n) as name, s as score from unnest(latest_names, latest_scores) u(n, s))
    select (select round(avg(score), 2) from b where name in (select name from l)),
           (select round(avg(score), 2) from l where name in (select name from b))
$function$
CREATE OR REPLACE FUNCTION public.screening_outcome_of(fever boolean, low_back_or_buttock_pain boolean, deep_thigh_pain boolean, difficulty_walking boolean, saddle_anesthesia boolean, bladder_or_bowel_dysfunction boolean, progressive_neurological_deficit boolean, history_of_cancer boolean, unexplained_weight_loss boolean, major_trauma boolean, immunosuppression_or_iv_drug_use boolean, contributing_factors text[])
 RETURNS screening_outcome
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
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
$function$
CREATE OR REPLACE FUNCTION public.screening_puts_active_plan_on_hold()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform pg_advisory_xact_lock(hashtextextended('red-flag-gate:' || new.patient_id::text, 0));
    with held as (
        update treatment_plan set status = 'ON_HOLD', version = version + 1
         where patient_id = new.patient_id and status = 'ACTIVE'
        returning id)
    insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by, reason)
    select held.id,
           (select max(seq) + 1 from treatment_plan_status_history h where h.plan_id = held.id),
           'ON_HOLD', new.recorded_at, new.recorded_by,
           left('Red-flag screening: ' || new.disposition || ' (' || array_to_string(new.red_flags, ', ') || ')', 200)
      from held;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.staff_account_notify_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('staff_account_changed', '*');
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform pg_notify('staff_account_changed', old.id::text);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('staff_account_changed', new.id::text);  -- the same id twice is sent once
    end if;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.therapist_is_active(therapist_id uuid)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
begin
    return (select t.active from therapist t where t.id = therapist_is_active.therapist_id);
end
$function$
CREATE OR REPLACE FUNCTION public.therapist_off_during(therapist_id uuid, starts_at timestamp with time zone, ends_at timestamp with time zone)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
begin
    return exists (select
                     from therapist_time_off o
                    where o.therapist_id = therapist_off_during.therapist_id
                      and tstzrange(o.starts_at, o.ends_at) && tstzrange(therapist_off_during.starts_at,
                                                                        therapist_off_during.ends_at)
                      and o.cancelled_at is null);
end
$function$
CREATE OR REPLACE FUNCTION public.therapist_working_hours_on(therapist_id uuid, day_of_week smallint)
 RETURNS TABLE(start_time time without time zone, end_time time without time zone)
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
begin
    return query
        select h.start_time, h.end_time
          from therapist_working_hours h
         where h.therapist_id = therapist_working_hours_on.therapist_id
           and h.day_of_week = therapist_working_hours_on.day_of_week;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_goal_measure_maximum(kind text, instrument text)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
select case
           when kind = 'PSFS_ACTIVITY' then 10
           when kind = 'OUTCOME_INSTRUMENT' then
               case instrument when 'NPRS' then 10 when 'ODI' then 100 when 'PSFS' then 10 when 'RMDQ' then 24 end
       end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_goal_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if (new.plan_id, new.term, new.number, new.position) is distinct from
       (old.plan_id, old.term, old.number, old.position) then
        raise exception 'a goal keeps its plan, term, number and position'
            using errcode = 'check_violation', constraint = 'treatment_plan_goal_id_never_changes';
    end if;
    if old.status <> 'ACTIVE' then
        raise exception 'a % goal never changes', old.status
            using errcode = 'check_violation', constraint = 'treatment_plan_goal_closed_never_changes';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_goal_take_number()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if new.term = 'SHORT_TERM' then
        update treatment_plan set short_term_goals_numbered = short_term_goals_numbered + 1
         where id = new.plan_id
        returning short_term_goals_numbered into new.number;
    else
        update treatment_plan set long_term_goals_numbered = long_term_goals_numbered + 1
         where id = new.plan_id
        returning long_term_goals_numbered into new.number;
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_activation_past_red_flags()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform pg_advisory_xact_lock(hashtextextended('red-flag-gate:' || new.patient_id::text, 0));
    if exists (select 1 from screening
                where patient_id = new.patient_id and disposition <> 'CLEAR_TO_TREAT' and cleared_by is null) then
        raise exception 'the patient has a referral no physician has cleared'
            using errcode = 'check_violation', constraint = 'treatment_plan_red_flag_gate';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_completion_without_discharge_summary()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_start_other_than_draft()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if new.status <> 'DRAFT' then
        raise exception 'a treatment plan starts as DRAFT, not %', new.status
            using errcode = 'check_violation', constraint = 'treatment_plan_starts_as_draft';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_status_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if new.status is distinct from old.status
       and (old.status, new.status) not in (('DRAFT', 'ACTIVE'), ('DRAFT', 'DISCONTINUED'),
                                            ('ACTIVE', 'ON_HOLD'), ('ON_HOLD', 'ACTIVE'),
                                            ('ACTIVE', 'COMPLETED'), ('ACTIVE', 'DISCONTINUED'),
                                            ('ON_HOLD', 'COMPLETED'), ('ON_HOLD', 'DISCONTINUED')) then
        raise exception 'a treatment plan cannot move from % to %', old.status, new.status
            using errcode = 'check_violation', constraint = 'treatment_plan_status_moves_forward';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_unrecorded_status()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if (select status from treatment_plan where id = new.id) is distinct from
       (select status from treatment_plan_status_history where plan_id = new.id order by seq desc limit 1) then
        raise exception 'a treatment plan''s status change is not in its history'
            using errcode = 'check_violation', constraint = 'treatment_plan_status_recorded';
    end if;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_refuse_without_goal()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if not exists (select 1 from treatment_plan_goal where plan_id = new.id) then
        raise exception 'a treatment plan needs at least one goal'
            using errcode = 'check_violation', constraint = 'treatment_plan_has_goal';
    end if;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_services_distinct(services text[])
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
select count(distinct service) = count(*) from unnest(services) service
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_status_history_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'a treatment plan''s status history is append-only' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.treatment_plan_stop_prescriptions()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    update prescription set active = false, stopped_at = coalesce(new.completed_at, new.discontinued_at, now())
     where plan_id = new.id and active;
    return null;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_addendum_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op <> 'INSERT' then
        raise exception 'visit note addenda are append-only'
            using errcode = 'check_violation', constraint = 'visit_note_addendum_append_only';
    end if;
    if not exists (select 1 from visit_note where id = new.visit_note_id and status = 'SIGNED') then
        raise exception 'addenda are added to signed notes only'
            using errcode = 'check_violation', constraint = 'visit_note_addendum_to_signed_note';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_check_plan_has_payer()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if exists (select from treatment_plan p where p.id = new.treatment_plan_id and p.payer_profile is null) then
        raise exception 'a visit note is signed under a plan that has its payer'
            using errcode = 'check_violation', constraint = 'visit_note_plan_has_payer';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_check_services_at_signing()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    has_services  boolean;
    timed_minutes integer;
    manual_97140  integer;
    manual_given  integer;
    evaluations   integer;
    re_evaluation boolean;
    plans         integer;
begin
    select count(*) > 0,
           coalesce(sum(minutes) filter (where cpt <> '97164'), 0),
           coalesce(sum(minutes) filter (where cpt = '97140'), 0)
      into has_services, timed_minutes, manual_97140
      from visit_note_service where visit_note_id = new.id;
    if has_services then
        if new.treatment_plan_id is null then
            raise exception 'a visit note with services names the treatment plan they are given under'
                using errcode = 'check_violation', constraint = 'visit_note_services_under_a_plan';
        end if;
        if new.total_treatment_minutes is null then
            raise exception 'a visit note with services is signed with its total treatment minutes'
                using errcode = 'check_violation', constraint = 'visit_note_signed_services_total_minutes';
        end if;
        select coalesce(sum(minutes), 0) into manual_given from visit_note_manual_therapy where visit_note_id = new.id;
        if manual_given <> manual_97140 then
            raise exception 'the minutes of 97140 are the minutes of the manual therapy recorded'
                using errcode = 'check_violation', constraint = 'visit_note_manual_therapy_is_97140';
        end if;
    end if;
    if new.total_treatment_minutes < timed_minutes then
        raise exception 'the total treatment minutes cover at least the timed minutes'
            using errcode = 'check_violation', constraint = 'visit_note_total_covers_timed_minutes';
    end if;

    -- Per date of service, over the patient's signed notes (this one included): one evaluation code
    -- (97161-97163 or 97164), and one plan.
    perform visit_note_lock_date_of_service(new.patient_id, new.date_of_service);
    select count(*) filter (where n.evaluation_presentation is not null),
           bool_or(exists (select from visit_note_service s where s.visit_note_id = n.id and s.cpt = '97164')),
           count(distinct n.treatment_plan_id)
      into evaluations, re_evaluation, plans
      from visit_note n
     where n.patient_id = new.patient_id and n.date_of_service = new.date_of_service
       and (n.status = 'SIGNED' or n.id = new.id);
    if evaluations > 1 or (evaluations = 1 and re_evaluation) then
        raise exception 'a date of service has one evaluation or re-evaluation'
            using errcode = 'check_violation', constraint = 'visit_note_one_evaluation_per_date';
    end if;
    if plans > 1 then
        raise exception 'a date of service is billed under one treatment plan'
            using errcode = 'check_violation', constraint = 'visit_note_one_plan_per_date';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_lock_date_of_service(patient uuid, day date)
 RETURNS void
 LANGUAGE sql
AS $function$
select pg_advisory_xact_lock(hashtextextended('visit-note-date-of-service:' || patient || ':' || day, 0))
$function$
CREATE OR REPLACE FUNCTION public.visit_note_manual_therapy_check_entry()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform visit_note_refuse_manual_therapy_overrun(new.visit_note_id);
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_manual_therapy_check_signing()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform visit_note_refuse_manual_therapy_overrun(new.id);
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_part_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    note_id uuid := case when tg_op = 'INSERT' then new.visit_note_id else old.visit_note_id end;
begin
    if exists (select 1 from visit_note where id = note_id and status = 'SIGNED') then
        raise exception 'a signed visit note never changes'
            using errcode = 'check_violation', constraint = 'visit_note_signed_unchangeable';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op = 'DELETE' or old.status = 'SIGNED' then
        raise exception 'a signed visit note never changes and no visit note is deleted'
            using errcode = 'check_violation', constraint = 'visit_note_signed_unchangeable';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_refuse_manual_therapy_overrun(note_id uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
    if (select coalesce(sum(minutes), 0) from visit_note_manual_therapy where visit_note_id = note_id)
       > (select appointment_minutes from visit_note where id = note_id) then
        raise exception 'the manual therapy of a visit note adds up to more minutes than the visit lasts'
            using errcode = 'check_violation', constraint = 'visit_note_manual_therapy_fits_visit';
    end if;
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_refuse_truncate()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise exception 'visit notes are never removed' using errcode = 'insufficient_privilege';
end
$function$
CREATE OR REPLACE FUNCTION public.visit_note_service_check_plan()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if (select treatment_plan_id from visit_note where id = new.visit_note_id) is null then
        raise exception 'a visit note with services names the treatment plan they are given under'
            using errcode = 'check_violation', constraint = 'visit_note_services_under_a_plan';
    end if;
    return new;
end
$function$
CREATE OR REPLACE FUNCTION public.working_day_covers(clinic_time_zone text, start_time time without time zone, end_time time without time zone, starts_at timestamp with time zone, ends_at timestamp with time zone)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
declare
    day         constant date := (starts_at at time zone clinic_time_zone)::date;
    opens       constant timestamp := day + start_time;
    closes      constant timestamp := day + end_time;
    piece_start timestamptz := starts_at;
    piece_end   timestamptz;
    shown       timestamp;
begin
    if starts_at >= ends_at then
        return false;
    end if;
    while piece_start < ends_at loop
        piece_end := next_offset_change(clinic_time_zone, piece_start, ends_at);
        shown := piece_start at time zone clinic_time_zone;
        if shown < opens or shown + (piece_end - piece_start) > closes then
            return false;
        end if;
        piece_start := piece_end;
    end loop;
    return true;
end
$function$

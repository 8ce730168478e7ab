package ilium.treatment;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.episode.Episodes;
import ilium.patients.Patients;
import ilium.scheduling.Appointments;
import tools.jackson.databind.JsonNode;

/**
 * The treatment module's fixture: treatment plans, goals and prescriptions written with
 * SQL straight into this module's own tables under the same rules as the API (a draft
 * with a goal, every move in the status history), so tests can look at days gone by; and
 * clinical requests over HTTP. Tests of other modules make and change plans here, never
 * with SQL of their own. Patients come from {@link Patients}, appointments from
 * {@link Appointments}.
 */
public final class ClinicalFixtures {

	public static final String SEEDED_PROTOCOL = "00000000-0000-4000-b000-000000000001";

	public static final String HIP_ABDUCTOR_STRETCH = "00000000-0000-4000-a000-000000000001";

	public static final String BACK_BRIDGE = "00000000-0000-4000-a000-000000000003";

	private final RestTestClient http;

	private final JdbcClient jdbc;

	private final Patients patients;

	private final Appointments appointments;

	public ClinicalFixtures(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
		this.patients = new Patients(jdbc);
		this.appointments = new Appointments(jdbc);
	}

	/** A new patient, from {@link Patients}. */
	public UUID newPatient() {
		return patients.newPatient();
	}

	/**
	 * A booked initial evaluation of the patient with the therapist, some day from 2030.
	 */
	public UUID newAppointment(UUID patientId, UUID therapistId) {
		Instant start = Instant.parse("2030-01-01T16:00:00Z")
			.plus(ThreadLocalRandom.current().nextInt(0, 3000), ChronoUnit.DAYS);
		return appointments.appointment(patientId, therapistId, start, 45, "INITIAL_EVALUATION", "BOOKED", false);
	}

	/** Screening answers, all false, with the given ones true. */
	public static Map<String, Object> screening(String... yes) {
		Map<String, Object> body = new HashMap<>();
		for (String question : List.of("fever", "lowBackOrButtockPain", "deepThighPain", "difficultyWalking",
				"saddleAnesthesia", "bladderOrBowelDysfunction", "progressiveNeurologicalDeficit", "historyOfCancer",
				"unexplainedWeightLoss", "majorTrauma", "immunosuppressionOrIvDrugUse")) {
			body.put(question, List.of(yes).contains(question));
		}
		return body;
	}

	/** An evaluation with the five provocation test results, in this order. */
	public static Map<String, Object> evaluation(String distraction, String thighThrust, String compression,
			String sacralThrust, String gaenslen) {
		Map<String, Object> tests = new HashMap<>(Map.of("distraction", distraction, "thighThrust", thighThrust,
				"compression", compression, "sacralThrust", sacralThrust, "gaenslen", gaenslen));
		return new HashMap<>(Map.of("provocationTests", tests));
	}

	public static Map<String, Object> plan(UUID therapistId, Object protocolId) {
		Map<String, Object> body = new HashMap<>(Map.of("therapistId", therapistId, "diagnosisCode", "M53.3", "goals",
				List.of(Map.of("description", "Sit through a workday without pain", "targetDate", "2027-02-01")),
				"visitsPerWeek", 2, "durationWeeks", 6, "startDate", "2026-12-01"));
		if (protocolId != null) {
			body.put("protocolId", protocolId);
		}
		return body;
	}

	public JsonNode screen(String token, UUID patientId, String... yes) {
		return post(token, "/api/v1/patients/" + patientId + "/screenings", screening(yes)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	public JsonNode createPlan(String token, UUID patientId, UUID therapistId, Object protocolId) {
		return post(token, "/api/v1/patients/" + patientId + "/treatment-plans", plan(therapistId, protocolId))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** Today in the clinic's time zone (the tests run with the default one). */
	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Los_Angeles"));
	}

	/**
	 * A plan that went through the red-flag gate: the patient screened clear today, the
	 * plan made (blank or from a protocol) to start on {@code startDate} and activated.
	 */
	public JsonNode activePlan(String token, UUID patientId, UUID therapistId, Object protocolId, LocalDate startDate) {
		screen(token, patientId);
		Map<String, Object> body = plan(therapistId, protocolId);
		body.put("startDate", startDate.toString());
		String planId = post(token, "/api/v1/patients/" + patientId + "/treatment-plans", body).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		return activate(token, planId);
	}

	/**
	 * A plan that has been ACTIVE since {@code since} (clinic-local noon), six weeks
	 * long, without a plan of care. The patient must have no uncleared referral.
	 */
	public UUID planActiveSince(UUID patientId, UUID therapistId, LocalDate since) {
		return planActiveSince(patientId, therapistId, since, 6);
	}

	/** As {@link #planActiveSince(UUID, UUID, LocalDate)}, that many weeks long. */
	public UUID planActiveSince(UUID patientId, UUID therapistId, LocalDate since, int weeks) {
		Instant at = since.atTime(12, 0).atZone(Clinic.ZONE).toInstant();
		UUID planId = draftRow(patientId, therapistId, null, since, weeks, false, at);
		movePlan(planId, "ACTIVE", at);
		return planId;
	}

	/**
	 * A DRAFT Medicare plan of the patient, 2 visits a week for 6 weeks from 30 days ago,
	 * planned 97110, 97140, 97530.
	 */
	public UUID draftPlan(UUID patientId, UUID therapistId) {
		return draftPlan(patientId, therapistId, LocalDate.now(Clinic.ZONE).minusDays(30), 6);
	}

	/** As {@link #draftPlan(UUID, UUID)}, from {@code startDate} for that many weeks. */
	public UUID draftPlan(UUID patientId, UUID therapistId, LocalDate startDate, int weeks) {
		return draftRow(patientId, therapistId, null, startDate, weeks, true, Instant.now());
	}

	/** As {@link #draftPlan(UUID, UUID)}, activated now. */
	public UUID activePlan(UUID patientId, UUID therapistId) {
		UUID planId = draftPlan(patientId, therapistId);
		movePlan(planId, "ACTIVE", Instant.now());
		return planId;
	}

	/** As {@link #draftPlan(UUID, UUID, LocalDate, int)}, activated now. */
	public UUID activePlan(UUID patientId, UUID therapistId, LocalDate startDate, int weeks) {
		UUID planId = draftPlan(patientId, therapistId, startDate, weeks);
		movePlan(planId, "ACTIVE", Instant.now());
		return planId;
	}

	/**
	 * A plan from 2026-01-01 (of the protocol when given) without a plan of care, ending
	 * in {@code status}: born a DRAFT, activated at {@code activatedAt} when given, then
	 * COMPLETED or DISCONTINUED at {@code endedAt}.
	 */
	public UUID planInStatus(UUID patientId, UUID therapistId, @Nullable UUID protocolId, String status,
			@Nullable Instant activatedAt, @Nullable Instant endedAt) {
		UUID planId = draftRow(patientId, therapistId, protocolId, LocalDate.of(2026, 1, 1), 6, false, Instant.now());
		if (activatedAt != null) {
			movePlan(planId, "ACTIVE", activatedAt);
		}
		if (status.equals("COMPLETED") || status.equals("DISCONTINUED")) {
			movePlan(planId, status, endedAt);
		}
		return planId;
	}

	/**
	 * A plan written under the same rules as the API: a draft with a goal, its first
	 * history line, by the first staff account. Medicare ones carry a plan of care.
	 */
	private UUID draftRow(UUID patientId, UUID therapistId, @Nullable UUID protocolId, LocalDate startDate, int weeks,
			boolean medicare, Instant at) {
		UUID planId = UUID.randomUUID();
		jdbc.sql(
				"""
						with plan as (
						    insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version,
						                                diagnosis_code, visits_per_week, duration_weeks, start_date,
						                                education_topics, payer_profile, planned_services, created_at, created_by)
						    values (:id, :patientId, :therapistId, :protocol, case when :protocol::uuid is null then null else 1 end,
						            'M53.3', 2, :weeks, :startDate, '{}', case when :medicare then 'MEDICARE_PART_B' end,
						            case when :medicare then '{97110,97140,97530}'::text[] end, :at,
						            (select id from staff_account order by created_at limit 1))
						    returning id, created_by),
						goal as (
						    insert into treatment_plan_goal (plan_id, position, description)
						    select id, 1, 'Walk the dog for 30 minutes' from plan)
						insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
						select id, 1, 'DRAFT', :at, created_by from plan
						""")
			.param("id", planId)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("protocol", protocolId, Types.OTHER)
			.param("startDate", startDate)
			.param("weeks", weeks)
			.param("medicare", medicare)
			.param("at", Timestamp.from(at))
			.update();
		return planId;
	}

	/**
	 * Moves the plan to {@code status} at {@code at} (ACTIVE, ON_HOLD, COMPLETED or
	 * DISCONTINUED) with its moment and history line; a COMPLETED one gets the signed
	 * discharge summary PostgreSQL asks for (V122).
	 */
	public void movePlan(UUID planId, String status, Instant at) {
		if (status.equals("COMPLETED")) {
			Episodes.signedSummaryRow(jdbc, planId, LocalDate.ofInstant(at, Clinic.ZONE));
		}
		jdbc.sql("""
				with moved as (
				    update treatment_plan
				       set status = :status,
				           activated_at = case when :status = 'ACTIVE' then :at::timestamptz else activated_at end,
				           completed_at = case when :status = 'COMPLETED' then :at::timestamptz end,
				           discontinued_at = case when :status = 'DISCONTINUED' then :at::timestamptz end,
				           discontinue_reason = case when :status = 'DISCONTINUED' then 'Moved away' end
				     where id = :id
				    returning id, created_by)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, (select max(seq) + 1 from treatment_plan_status_history where plan_id = :id), :status,
				       :at::timestamptz, created_by
				  from moved
				""").param("id", planId).param("status", status).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Completes the plan in SQL as {@code as}'s role, with no summary nor history line,
	 * for tests that watch PostgreSQL refuse it.
	 */
	public static void completeWithoutSummary(JdbcClient as, UUID planId) {
		as.sql("update treatment_plan set status = 'COMPLETED', completed_at = now() where id = :id")
			.param("id", planId)
			.update();
	}

	/**
	 * Takes the plan's plan of care away, as on a plan made before plans of care existed.
	 */
	public void withoutPlanOfCare(UUID planId) {
		jdbc.sql("update treatment_plan set payer_profile = null, planned_services = null where id = :id")
			.param("id", planId)
			.update();
	}

	/** Sets the plan's payer. */
	public void payer(UUID planId, String payerProfile) {
		jdbc.sql("update treatment_plan set payer_profile = :payer where id = :id")
			.param("payer", payerProfile)
			.param("id", planId)
			.update();
	}

	/**
	 * Records the plan's referral by Dr. Ana Reyes, ordered on that day, on file or not.
	 */
	public void referral(UUID planId, LocalDate orderDate, boolean onFile) {
		jdbc.sql("""
				update treatment_plan
				   set referral_practitioner_name = 'Dr. Ana Reyes', referral_npi = '1234567893',
				       referral_order_date = :orderDate, referral_order_on_file = :onFile
				 where id = :id
				""").param("orderDate", orderDate).param("onFile", onFile).param("id", planId).update();
	}

	/** Discontinues, on that day, the plan's long-term goals that have a measure. */
	public void discontinueMeasuredLongTermGoals(UUID planId, LocalDate on) {
		jdbc.sql("""
				update treatment_plan_goal set status = 'DISCONTINUED', status_on = :on
				 where plan_id = :id and term = 'LONG_TERM' and measure_kind is not null
				""").param("on", on).param("id", planId).update();
	}

	/**
	 * The exercise prescribed on {@code day} at its library dose, its hold progressing
	 * from that day.
	 */
	public UUID prescribedOn(UUID planId, String exerciseId, LocalDate day) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day, days_per_week,
						       side, progression_target_hold_seconds, progression_step_seconds, progression_every_days,
						       dose_since, prescribed_on, position, created_at)
						select :id, :planId, id, sets, reps, hold_seconds, times_per_day, days_per_week, side,
						       progression_target_hold_seconds, progression_step_seconds, progression_every_days, :day, :day,
						       (select coalesce(max(position), 0) + 1 from prescription where plan_id = :planId), :day
						  from exercise where id = :exerciseId
						""")
			.param("id", id)
			.param("planId", planId)
			.param("exerciseId", UUID.fromString(exerciseId))
			.param("day", java.sql.Date.valueOf(day))
			.update();
		return id;
	}

	/** The hip abductor stretch prescribed on {@code day}, done that often. */
	public UUID prescribedOn(UUID planId, LocalDate day, int timesPerDay, int daysPerWeek) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day,
				       days_per_week, side, dose_since, prescribed_on, position, created_at)
				values (:id, :planId, :exerciseId, 1, 3, 10, :timesPerDay, :daysPerWeek, 'BOTH', :day, :day,
				        (select coalesce(max(position), 0) + 1 from prescription where plan_id = :planId), :at)
				""")
			.param("id", id)
			.param("planId", planId)
			.param("exerciseId", UUID.fromString(HIP_ABDUCTOR_STRETCH))
			.param("timesPerDay", timesPerDay)
			.param("daysPerWeek", daysPerWeek)
			.param("day", java.sql.Date.valueOf(day))
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(Clinic.ZONE).toInstant()))
			.update();
		return id;
	}

	public JsonNode activate(String token, String planId) {
		return post(token, "/api/v1/treatment-plans/" + planId + "/activate", Map.of()).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	public RestTestClient.ResponseSpec post(String token, String uri, Object body) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	public RestTestClient.ResponseSpec put(String token, String uri, Object body) {
		return http.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	public RestTestClient.ResponseSpec patch(String token, String uri, Object body) {
		return http.patch()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(body)
			.exchange();
	}

	public RestTestClient.ResponseSpec get(String token, String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	public RestTestClient.ResponseSpec delete(String token, String uri) {
		return http.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	/** How many audit lines match, for "was it audited" checks. */
	public long auditCount(UUID patientId, String resourceType, String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patientId and resource_type = :type and outcome = :outcome
				""")
			.param("patientId", patientId)
			.param("type", resourceType)
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}

}

package ilium.treatment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Rows and requests the clinical HTTP tests share: patients and appointments straight in
 * the database (their endpoints are another module's), and clinical requests.
 */
public final class ClinicalFixtures {

	public static final String SEEDED_PROTOCOL = "00000000-0000-4000-b000-000000000001";

	public static final String HIP_ABDUCTOR_STRETCH = "00000000-0000-4000-a000-000000000001";

	public static final String BACK_BRIDGE = "00000000-0000-4000-a000-000000000003";

	private final RestTestClient http;

	private final JdbcClient jdbc;

	public ClinicalFixtures(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	public UUID newPatient() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Pat', :lastName, date '1980-05-01', now())
				""").param("id", id).param("lastName", "Clinical-" + id).update();
		return id;
	}

	public UUID newAppointment(UUID patientId, UUID therapistId) {
		UUID id = UUID.randomUUID();
		Instant start = Instant.parse("2030-01-01T16:00:00Z")
			.plus(ThreadLocalRandom.current().nextInt(0, 3000), ChronoUnit.DAYS);
		jdbc.sql("""
				insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type,
				                         created_at)
				values (:id, :patientId, :therapistId, :start, :end, 45, 'INITIAL_EVALUATION', now())
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(start.plus(45, ChronoUnit.MINUTES)))
			.update();
		return id;
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
	 * A plan that has been ACTIVE since {@code since} (clinic-local noon), written
	 * straight into this module's tables under the same rules as the API (a draft with a
	 * goal, then activated, each move in its history), so tests can look at days gone by.
	 * The patient must have no uncleared referral.
	 */
	public UUID planActiveSince(UUID patientId, UUID therapistId, LocalDate since) {
		UUID planId = UUID.randomUUID();
		Timestamp at = Timestamp.from(since.atTime(12, 0).atZone(ZoneId.of("America/Los_Angeles")).toInstant());
		UUID author = jdbc.sql("select id from staff_account order by created_at limit 1").query(UUID.class).single();
		jdbc.sql("""
				with plan as (
				    insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week,
				                                duration_weeks, start_date, education_topics, created_at, created_by)
				    values (:id, :patientId, :therapistId, 'M53.3', 2, 6, :since, '{}', :at, :author)
				    returning id),
				goal as (
				    insert into treatment_plan_goal (plan_id, position, description)
				    select id, 1, 'Walk the dog for 30 minutes' from plan)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, 1, 'DRAFT', :at, :author from plan
				""")
			.param("id", planId)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("since", java.sql.Date.valueOf(since))
			.param("at", at)
			.param("author", author)
			.update();
		jdbc.sql("""
				with activated as (
				    update treatment_plan set status = 'ACTIVE', activated_at = :at where id = :id returning id)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, 2, 'ACTIVE', :at, :author from activated
				""").param("id", planId).param("at", at).param("author", author).update();
		return planId;
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

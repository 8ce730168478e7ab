package ilium.episode;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Rows and requests the adherence tests share: patients, plans and prescriptions written
 * straight into their modules' tables under the same rules as the API (so tests can look
 * at days gone by), and adherence requests.
 */
final class AdherenceFixtures {

	static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	static final UUID HIP_ABDUCTOR_STRETCH = UUID.fromString("00000000-0000-4000-a000-000000000001");

	private final RestTestClient http;

	private final JdbcClient jdbc;

	AdherenceFixtures(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(CLINIC);
	}

	UUID newPatient() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Pat', :lastName, date '1980-05-01', now())
				""").param("id", id).param("lastName", "Adherence-" + id).update();
		return id;
	}

	/**
	 * A plan ACTIVE since {@code since} (clinic-local noon): a draft with a goal, then
	 * activated, each move in its history. The patient must have no uncleared referral.
	 */
	UUID planActiveSince(UUID patientId, UUID therapistId, LocalDate since) {
		UUID planId = UUID.randomUUID();
		Timestamp at = Timestamp.from(since.atTime(12, 0).atZone(CLINIC).toInstant());
		UUID author = jdbc.sql("select id from staff_account order by created_at limit 1").query(UUID.class).single();
		jdbc.sql("""
				with plan as (
				    insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week,
				                                duration_weeks, start_date, education_topics, created_at, created_by)
				    values (:id, :patientId, :therapistId, 'M53.3', 2, 12, :since, '{}', :at, :author)
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
			.param("since", Date.valueOf(since))
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

	/** The hip abductor stretch prescribed on {@code day}, done that often. */
	UUID prescribedOn(UUID planId, LocalDate day, int timesPerDay, int daysPerWeek) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day,
				       days_per_week, side, dose_since, prescribed_on, position, created_at)
				values (:id, :planId, :exerciseId, 1, 3, 10, :timesPerDay, :daysPerWeek, 'BOTH', :day, :day,
				        (select coalesce(max(position), 0) + 1 from prescription where plan_id = :planId), :at)
				""")
			.param("id", id)
			.param("planId", planId)
			.param("exerciseId", HIP_ABDUCTOR_STRETCH)
			.param("timesPerDay", timesPerDay)
			.param("daysPerWeek", daysPerWeek)
			.param("day", Date.valueOf(day))
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(CLINIC).toInstant()))
			.update();
		return id;
	}

	/** A body for {@code POST .../hep-adherence}. */
	static Map<String, Object> report(UUID prescriptionId, LocalDate reportedOn, int sessionsDone,
			@Nullable Integer painDuring) {
		Map<String, Object> body = new HashMap<>();
		body.put("prescriptionId", prescriptionId);
		body.put("reportedOn", reportedOn.toString());
		body.put("sessionsDone", sessionsDone);
		if (painDuring != null) {
			body.put("painDuring", painDuring);
		}
		body.put("source", "PATIENT");
		return body;
	}

	RestTestClient.ResponseSpec post(String token, UUID planId, Object body) {
		return send(http.post(), token, "/api/v1/treatment-plans/" + planId + "/hep-adherence", body);
	}

	/** Records and answers the new entry. */
	JsonNode recorded(String token, UUID planId, Object body) {
		return post(token, planId, body).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	RestTestClient.ResponseSpec get(String token, String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	RestTestClient.ResponseSpec send(RestTestClient.RequestBodyUriSpec method, String token, String uri, Object body) {
		return method.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	long entries(UUID planId) {
		return jdbc.sql("select count(*) from hep_adherence_entry where plan_id = :planId")
			.param("planId", planId)
			.query(Long.class)
			.single();
	}

	long auditCount(UUID patientId, String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patientId and resource_type = 'hep-adherence' and outcome = :outcome
				""").param("patientId", patientId).param("outcome", outcome).query(Long.class).single();
	}

}

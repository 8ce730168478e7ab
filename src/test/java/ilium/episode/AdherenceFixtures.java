package ilium.episode;

import java.time.Instant;
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

import ilium.patients.Patients;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The adherence tests' requests over HTTP, and the patients, plans and prescriptions they
 * need, from those modules' fixtures ({@link Patients}, {@link ClinicalFixtures}) so
 * tests can look at days gone by.
 */
final class AdherenceFixtures {

	static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	private final RestTestClient http;

	private final JdbcClient jdbc;

	private final Patients patients;

	private final ClinicalFixtures plans;

	AdherenceFixtures(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
		this.patients = new Patients(jdbc);
		this.plans = new ClinicalFixtures(http, jdbc);
	}

	static LocalDate today() {
		return LocalDate.now(CLINIC);
	}

	/** A new patient, from {@link Patients}. */
	UUID newPatient() {
		return patients.newPatient();
	}

	/**
	 * A 12-week plan ACTIVE since {@code since} (clinic-local noon), from
	 * {@link ClinicalFixtures}. The patient must have no uncleared referral.
	 */
	UUID planActiveSince(UUID patientId, UUID therapistId, LocalDate since) {
		return plans.planActiveSince(patientId, therapistId, since, 12);
	}

	/** The hip abductor stretch prescribed on {@code day}, done that often. */
	UUID prescribedOn(UUID planId, LocalDate day, int timesPerDay, int daysPerWeek) {
		return plans.prescribedOn(planId, day, timesPerDay, daysPerWeek);
	}

	/** Puts the plan ON_HOLD now. */
	void hold(UUID planId) {
		plans.movePlan(planId, "ON_HOLD", Instant.now());
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

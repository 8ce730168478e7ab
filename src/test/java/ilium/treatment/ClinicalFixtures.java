package ilium.treatment;

import java.time.Instant;
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
final class ClinicalFixtures {

	static final String SEEDED_PROTOCOL = "00000000-0000-4000-b000-000000000001";

	static final String HIP_ABDUCTOR_STRETCH = "00000000-0000-4000-a000-000000000001";

	static final String BACK_BRIDGE = "00000000-0000-4000-a000-000000000003";

	private final RestTestClient http;

	private final JdbcClient jdbc;

	ClinicalFixtures(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	UUID newPatient() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Pat', :lastName, date '1980-05-01', now())
				""").param("id", id).param("lastName", "Clinical-" + id).update();
		return id;
	}

	UUID newAppointment(UUID patientId, UUID therapistId) {
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
	static Map<String, Object> screening(String... yes) {
		Map<String, Object> body = new HashMap<>();
		for (String question : List.of("fever", "lowBackOrButtockPain", "deepThighPain", "difficultyWalking",
				"saddleAnesthesia", "bladderOrBowelDysfunction", "progressiveNeurologicalDeficit", "historyOfCancer",
				"unexplainedWeightLoss", "majorTrauma", "immunosuppressionOrIvDrugUse")) {
			body.put(question, List.of(yes).contains(question));
		}
		return body;
	}

	static Map<String, Object> plan(UUID therapistId, Object protocolId) {
		Map<String, Object> body = new HashMap<>(Map.of("therapistId", therapistId, "diagnosisCode", "M53.3", "goals",
				List.of(Map.of("description", "Sit through a workday without pain", "targetDate", "2027-02-01")),
				"visitsPerWeek", 2, "durationWeeks", 6, "startDate", "2026-12-01"));
		if (protocolId != null) {
			body.put("protocolId", protocolId);
		}
		return body;
	}

	JsonNode screen(String token, UUID patientId, String... yes) {
		return post(token, "/api/v1/patients/" + patientId + "/screenings", screening(yes)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	JsonNode createPlan(String token, UUID patientId, UUID therapistId, Object protocolId) {
		return post(token, "/api/v1/patients/" + patientId + "/treatment-plans", plan(therapistId, protocolId))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	RestTestClient.ResponseSpec post(String token, String uri, Object body) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	RestTestClient.ResponseSpec put(String token, String uri, Object body) {
		return http.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	RestTestClient.ResponseSpec patch(String token, String uri, Object body) {
		return http.patch()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(body)
			.exchange();
	}

	RestTestClient.ResponseSpec get(String token, String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	RestTestClient.ResponseSpec delete(String token, String uri) {
		return http.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	/** How many audit lines match, for "was it audited" checks. */
	long auditCount(UUID patientId, String resourceType, String outcome) {
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

package ilium.exercises;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.patients.Patients;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class ProtocolTests {

	static final String SEEDED_PROTOCOL = "00000000-0000-4000-b000-000000000001";

	static final String HIP_ABDUCTOR_STRETCH = "00000000-0000-4000-a000-000000000001";

	static final String HAMSTRING_STRETCH = "00000000-0000-4000-a000-000000000002";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	/** Tries what only a trigger stops: the service's own role may not even try. */
	@Autowired
	DatabaseOwner owner;

	@Autowired
	Staff staff;

	@Test
	void theLibraryIsSeededWithThePublishedDosage() {
		get(staff.admin(), "/api/v1/exercises/" + HIP_ABDUCTOR_STRETCH).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Hip abductor stretch")
			.jsonPath("$.holdSeconds")
			.isEqualTo(10)
			.jsonPath("$.progression.targetHoldSeconds")
			.isEqualTo(30)
			.jsonPath("$.progression.stepSeconds")
			.isEqualTo(5)
			.jsonPath("$.progression.everyDays")
			.isEqualTo(7);
		get(staff.admin(), "/api/v1/exercises/" + HAMSTRING_STRETCH).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.holdSeconds")
			.isEqualTo(15)
			.jsonPath("$.side")
			.isEqualTo("ALTERNATING");
		get(staff.admin(), "/api/v1/exercises/00000000-0000-4000-a000-000000000003").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.holdSeconds")
			.isEqualTo(5)
			.jsonPath("$.reps")
			.isEqualTo(10);
		get(staff.admin(), "/api/v1/exercises?size=200").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(8));
	}

	@Test
	void theSeededProtocolHoldsTheSeedExercises() {
		get(staff.newTherapist().token(), "/api/v1/protocols/" + SEEDED_PROTOCOL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("SI joint conservative care")
			.jsonPath("$.exercises.length()")
			.isEqualTo(3)
			.jsonPath("$.educationTopics")
			.isEqualTo(List.of("POSTURE", "LIFTING_AND_CARRYING", "SITTING", "ACTIVITY_LEVEL"))
			.jsonPath("$.visitsPerWeek")
			.isEqualTo(2)
			.jsonPath("$.durationWeeks")
			.isEqualTo(6)
			.jsonPath("$.beltRule")
			.isEqualTo(true);
	}

	@Test
	void therapistsAndAdminsAddExercisesWithDefaults() {
		String name = "Bird dog " + UUID.randomUUID();
		post(staff.newTherapist().token(), "/api/v1/exercises", Map.of("name", name, "reps", 12)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.reps")
			.isEqualTo(12)
			.jsonPath("$.sets")
			.isEqualTo(1)
			.jsonPath("$.side")
			.isEqualTo("BOTH");
		post(staff.admin(), "/api/v1/exercises", Map.of("name", name)).expectStatus().isEqualTo(409);
		post(staff.admin(), "/api/v1/exercises", Map.of("name", "x".repeat(201))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void frontDeskCannotUseTheLibrary() {
		get(staff.frontDesk(), "/api/v1/exercises").expectStatus().isForbidden();
		get(staff.frontDesk(), "/api/v1/protocols").expectStatus().isForbidden();
	}

	@Test
	void aProtocolItemTakesTheExercisesDefaultDose() {
		post(staff.admin(), "/api/v1/protocols", protocol(Map.of("exerciseId", HIP_ABDUCTOR_STRETCH, "sets", 2)))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.exercises[0].sets")
			.isEqualTo(2)
			.jsonPath("$.exercises[0].holdSeconds")
			.isEqualTo(10)
			.jsonPath("$.exercises[0].progression.targetHoldSeconds")
			.isEqualTo(30);
	}

	@Test
	void refusesAnUnknownExerciseInAProtocol() {
		post(staff.admin(), "/api/v1/protocols", protocol(Map.of("exerciseId", UUID.randomUUID()))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("exercises[0].exerciseId");
	}

	@Test
	void aPutSavesANewVersionAndPlansKeepTheOldOne() {
		SignedInTherapist therapist = staff.newTherapist();
		String id = post(therapist.token(), "/api/v1/protocols",
				protocol(Map.of("exerciseId", HIP_ABDUCTOR_STRETCH, "holdSeconds", 10)))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		UUID patientId = new Patients(jdbc).newPatient();
		Map<String, Object> plan = Map.of("protocolId", id, "therapistId", therapist.therapistId(), "diagnosisCode",
				"M46.1", "goals", List.of(Map.of("description", "Walk to work")), "visitsPerWeek", 2, "durationWeeks",
				6, "startDate", "2026-12-01");
		String planId = post(therapist.token(), "/api/v1/patients/" + patientId + "/treatment-plans", plan)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();

		put(therapist.token(), "/api/v1/protocols/" + id, "\"1\"",
				protocol(Map.of("exerciseId", HIP_ABDUCTOR_STRETCH, "holdSeconds", 20)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(2)
			.jsonPath("$.exercises[0].holdSeconds")
			.isEqualTo(20);
		put(therapist.token(), "/api/v1/protocols/" + id, "\"1\"", protocol(Map.of("exerciseId", HIP_ABDUCTOR_STRETCH)))
			.expectStatus()
			.isEqualTo(412);

		get(therapist.token(), "/api/v1/treatment-plans/" + planId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.protocolVersion")
			.isEqualTo(1)
			.jsonPath("$.prescriptions[0].holdSeconds")
			.isEqualTo(10);
		get(therapist.token(), "/api/v1/protocols/" + id).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
	}

	@Test
	void theDatabaseKeepsSavedVersionsImmutable() {
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> owner.jdbc()
			.sql("update protocol_version set name = 'changed' where protocol_id = :id")
			.param("id", UUID.fromString(SEEDED_PROTOCOL))
			.update());
	}

	@Test
	void revisingAnUnknownProtocolIsNotFound() {
		put(staff.admin(), "/api/v1/protocols/" + UUID.randomUUID(), null,
				protocol(Map.of("exerciseId", HIP_ABDUCTOR_STRETCH)))
			.expectStatus()
			.isNotFound();
	}

	private static Map<String, Object> protocol(Map<String, Object> item) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Test protocol " + UUID.randomUUID());
		body.put("exercises", List.of(item));
		body.put("educationTopics", List.of("POSTURE"));
		body.put("manualTherapy",
				List.of(Map.of("technique", "MUSCLE_ENERGY_TECHNIQUE", "region", "SACROILIAC_JOINT")));
		return body;
	}

	private RestTestClient.ResponseSpec get(String token, String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private RestTestClient.ResponseSpec post(String token, String uri, Object body) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec put(String token, String uri, String ifMatch, Object body) {
		RestTestClient.RequestBodySpec request = http.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(body).exchange();
	}

}

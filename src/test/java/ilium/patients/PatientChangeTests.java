package ilium.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class PatientChangeTests {

	static final MediaType MERGE_PATCH = MediaType.valueOf("application/merge-patch+json");

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	/** Tries what only a trigger stops: the service's own role may not even try. */
	@Autowired
	DatabaseOwner owner;

	String frontDesk;

	@BeforeEach
	void signIn() {
		frontDesk = staff.frontDesk();
	}

	@Test
	void appliesAMergePatchAndBumpsTheVersion() {
		UUID id = newPatient();
		patch(id, "{\"city\":\"Oakland\"}", MERGE_PATCH, "\"0\"").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.city")
			.isEqualTo("Oakland")
			.jsonPath("$.phone")
			.isEqualTo("+1 (415) 555-0199")
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void acceptsPlainJsonAsAMergePatch() {
		UUID id = newPatient();
		patch(id, "{\"sex\":\"FEMALE\"}", MediaType.APPLICATION_JSON, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sex")
			.isEqualTo("FEMALE");
	}

	@Test
	void anExplicitNullClearsAnOptionalField() {
		UUID id = newPatient();
		patch(id, "{\"phone\":null}", MERGE_PATCH, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.phone")
			.doesNotExist();
	}

	@Test
	void aRequiredFieldCannotBeCleared() {
		UUID id = newPatient();
		patch(id, "{\"lastName\":null}", MERGE_PATCH, null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lastName");
	}

	@Test
	void refusesAnUnknownFieldInAPatch() {
		UUID id = newPatient();
		patch(id, "{\"citty\":\"Oakland\"}", MERGE_PATCH, null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("citty");
	}

	@Test
	void refusesATooLongValueInAPatch() {
		UUID id = newPatient();
		patch(id, "{\"city\":\"" + "c".repeat(201) + "\"}", MERGE_PATCH, null).expectStatus().isBadRequest();
	}

	@Test
	void aStaleIfMatchChangesNothing() {
		UUID id = newPatient();
		patch(id, "{\"city\":\"Oakland\"}", MERGE_PATCH, "\"0\"").expectStatus().isOk();
		patch(id, "{\"city\":\"Fresno\"}", MERGE_PATCH, "\"0\"").expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/stale-version");
		read(id).expectBody().jsonPath("$.city").isEqualTo("Oakland").jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void ofTenConcurrentUpdatesWithTheSameIfMatchExactlyOneWins() throws Exception {
		UUID id = newPatient();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String city = "City-" + i;
			clients.add(() -> {
				start.await();
				return patch(id, "{\"city\":\"" + city + "\"}", MERGE_PATCH, "\"0\"").returnResult()
					.getStatus()
					.value();
			});
		}
		List<Integer> statuses = race(clients, start);
		assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 412).hasSize(9);
		read(id).expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void renamingIntoAnActiveDuplicateIsRefused() {
		String first = "Dup-" + UUID.randomUUID();
		UUID existing = register(PatientRegistrationTests.patient(first, "Same"));
		UUID other = newPatient();
		patch(other, "{\"firstName\":\"" + first + "\",\"lastName\":\"Same\"}", MERGE_PATCH, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existingPatientId")
			.isEqualTo(existing.toString());
	}

	static List<Integer> race(List<Callable<Integer>> clients, CountDownLatch start) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
			List<Future<Integer>> results = new ArrayList<>();
			for (Callable<Integer> client : clients) {
				results.add(pool.submit(client));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
	}

	private RestTestClient.ResponseSpec read(UUID id) {
		return http.get()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.exchange();
	}

	private RestTestClient.ResponseSpec patch(UUID id, String json, MediaType type, String ifMatch) {
		RestTestClient.RequestBodySpec request = http.patch()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.contentType(type);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(json).exchange();
	}

	private UUID newPatient() {
		return register(PatientRegistrationTests.patient("Pat-" + UUID.randomUUID(), "Change"));
	}

	private UUID register(Map<String, Object> body) {
		return UUID.fromString(http.post()
			.uri("/api/v1/patients")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
	}

	@Test
	void postgresNeverDeletesAPatient() {
		UUID patient = newPatient();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owner.jdbc().sql("delete from patient where id = :id").param("id", patient).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("patient_never_deleted"));
	}

}

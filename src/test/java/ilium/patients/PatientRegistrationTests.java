package ilium.patients;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HttpTest
class PatientRegistrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	String frontDesk;

	@BeforeEach
	void signIn() {
		frontDesk = staff.frontDesk();
	}

	@Test
	void registersAPatientWithLocationAndVersion() {
		JsonNode body = register(patient("Ana-" + UUID.randomUUID(), "Lima")).expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(body.get("id").asString()).isNotBlank();
		assertThat(body.get("active").asBoolean()).isTrue();
		assertThat(body.get("version").asLong()).isZero();
		assertThat(body.get("dateOfBirth").asString()).isEqualTo("1975-03-14");
	}

	@Test
	void refusesADuplicateIgnoringCaseAndNamesTheExistingPatient() {
		String first = "Rosa-" + UUID.randomUUID();
		UUID existing = id(register(patient(first, "Diaz")));
		register(patient(first.toUpperCase(), "DIAZ")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/duplicate-patient")
			.jsonPath("$.existingPatientId")
			.isEqualTo(existing.toString());
	}

	@Test
	void refusesANameWithInvisibleOrControlCharactersSoNoOneIsRegisteredTwiceUnseen() {
		String first = "Grace-" + UUID.randomUUID();
		id(register(patient(first, "Okoye")));
		for (String hidden : new String[] { "Okoye\u200b", "Oko\u200dye", "\ufeffOkoye", "Okoye\u0001",
				"Oko\u00adye" }) {
			register(patient(first, hidden)).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("lastName");
		}
		assertThat(jdbc.sql("select count(*) from patient where first_name = :first")
			.param("first", first)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void readsEveryKindOfSpaceInANameAsOneSpaceSoTheDuplicateIsFound() {
		String first = "Mary Ann " + UUID.randomUUID();
		UUID existing = id(register(patient(first, "Okoye")));

		register(patient(first.replace(' ', '\u00a0').replace("Ann", "Ann\u2003 "), "Okoye")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existingPatientId")
			.isEqualTo(existing.toString());
	}

	@Test
	void postgresRefusesAnInvisibleCharacterInANameAndADuplicateBehindOtherSpaces() {
		String first = "Pg-" + UUID.randomUUID();
		UUID existing = id(register(patient(first, "Okoye")));
		String insert = """
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				select gen_random_uuid(), :first, :last, date_of_birth, now() from patient where id = :existing
				""";

		assertThatThrownBy(() -> jdbc.sql(insert)
			.param("first", first)
			.param("last", "Okoye\u200b")
			.param("existing", existing)
			.update()).hasMessageContaining("patient_names_visible");
		assertThatThrownBy(() -> jdbc.sql(insert)
			.param("first", first)
			.param("last", "\u00a0okoye ")
			.param("existing", existing)
			.update()).hasMessageContaining("patient_no_active_duplicate");
	}

	@Test
	void registersTheSameNamesAgainOnceTheFirstIsArchived() {
		String first = "Ivo-" + UUID.randomUUID();
		UUID existing = id(register(patient(first, "Horvat")));
		archive(existing, staff.admin()).expectStatus().isOk();
		register(patient(first, "Horvat")).expectStatus().isCreated();
	}

	@Test
	void twoDesksRegisteringOnePersonAtOnceStoreOneRow() throws Exception {
		String first = "Twin-" + UUID.randomUUID();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Callable<Integer>> desks = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			desks.add(() -> {
				start.await();
				return register(patient(first, "Race")).returnResult().getStatus().value();
			});
		}
		assertThat(PatientChangeTests.race(desks, start)).containsExactlyInAnyOrder(201, 409, 409, 409);
		assertThat(jdbc.sql("select count(*) from patient where first_name = :first")
			.param("first", first)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesNamesLongerThanOneHundredCharacters() {
		register(patient("x".repeat(101), "Long")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
	}

	@Test
	void refusesAPhoneLongerThanTwoHundredCharacters() {
		Map<String, Object> body = patient("Phil-" + UUID.randomUUID(), "Long");
		body.put("phone", "1".repeat(201));
		register(body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
	}

	@Test
	void refusesANulCharacterNamingTheField() {
		register(patient("Nu\u0000l", "Char")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
	}

	@Test
	void refusesAnUnknownSex() {
		Map<String, Object> body = patient("Sam-" + UUID.randomUUID(), "Unknown");
		body.put("sex", "ROBOT");
		register(body).expectStatus().isBadRequest();
	}

	@Test
	void theSchemaBoundsNamesEvenWithoutValidation() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (gen_random_uuid(), repeat('x', 101), 'Bound', date '1990-01-01', now())
				""").update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void readsAPatientWithItsETagAndAuditsTheRead() {
		UUID id = id(register(patient("Eva-" + UUID.randomUUID(), "Novak")));
		http.get()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");
		assertThat(auditActions(id)).contains("CREATE", "READ");
	}

	@Test
	void answersNotFoundForAnUnknownPatient() {
		http.get()
			.uri("/api/v1/patients/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anAdminArchivesAPatientAndTheRowIsKept() {
		UUID id = id(register(patient("Oto-" + UUID.randomUUID(), "Kral")));
		archive(id, staff.admin()).expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
		assertThat(jdbc.sql("select count(*) from patient where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(auditActions(id)).contains("ARCHIVE");
	}

	@Test
	void theFrontDeskCannotArchiveAndTheRefusalIsAudited() {
		UUID id = id(register(patient("Lea-" + UUID.randomUUID(), "Berg")));
		archive(id, frontDesk).expectStatus().isForbidden();
		assertThat(jdbc.sql("select count(*) from audit_event where patient_id = :id and outcome = 'DENIED'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private RestTestClient.ResponseSpec archive(UUID id, String token) {
		return http.delete()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	private java.util.List<String> auditActions(UUID patientId) {
		return jdbc.sql("select action from audit_event where patient_id = :id order by id")
			.param("id", patientId)
			.query(String.class)
			.list();
	}

	private RestTestClient.ResponseSpec register(Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/patients")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private static UUID id(RestTestClient.ResponseSpec response) {
		return UUID.fromString(response.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
	}

	static Map<String, Object> patient(String firstName, String lastName) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", firstName);
		body.put("lastName", lastName);
		body.put("dateOfBirth", "1975-03-14");
		body.put("phone", "+1 (415) 555-0199");
		return body;
	}

}

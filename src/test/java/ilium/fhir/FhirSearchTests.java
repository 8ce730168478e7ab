package ilium.fhir;

import java.time.Instant;
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
import tools.jackson.databind.JsonNode;

import ilium.HttpTest;
import ilium.Staff;
import ilium.treatment.ClinicalFixtures;
import ilium.visits.Visits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FHIR searches: their parameters, paging through {@code _count} and the {@code next}
 * link, and the {@code OperationOutcome} answers to what is not served (400, 404, 406).
 */
@HttpTest
class FhirSearchTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void pagesThroughAppointmentsWithCountAndTheNextLink() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patient = new Visits(jdbc, http).patient();
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		for (int i = 0; i < 3; i++) {
			clinical.newAppointment(patient, therapist.therapistId());
		}
		JsonNode first = ok(therapist.token(), "/fhir/r4/Appointment?patient=Patient/" + patient + "&_count=2");
		assertThat(first.get("total").asInt()).isEqualTo(3);
		assertThat(first.get("entry")).hasSize(2);
		JsonNode second = ok(therapist.token(), relative(link(first, "next")));
		assertThat(second.get("entry")).hasSize(1);
		assertThat(link(second, "next")).isNull();
		assertThat(link(second, "previous")).isNotNull();
		assertThat(List.of(id(first, 0), id(first, 1), id(second, 0))).doesNotHaveDuplicates();
	}

	@Test
	void findsPatientsByNameBirthDateAndIdentifier() {
		String token = staff.frontDesk();
		String family = "Searchable-" + UUID.randomUUID();
		UUID patient = register(token, family, "1977-07-07");
		register(token, family, "1978-08-08");
		assertThat(ok(token, "/fhir/r4/Patient?name=" + family).get("total").asInt()).isEqualTo(2);
		JsonNode byBirth = ok(token, "/fhir/r4/Patient?name=" + family + "&birthdate=1977-07-07");
		assertThat(byBirth.get("total").asInt()).isEqualTo(1);
		assertThat(id(byBirth, 0)).isEqualTo(patient.toString());
		JsonNode byIdentifier = ok(token,
				"/fhir/r4/Patient?identifier=https://ilium.health/fhir/sid/patient|" + patient);
		assertThat(id(byIdentifier, 0)).isEqualTo(patient.toString());
		assertThat(ok(token, "/fhir/r4/Patient?identifier=not-an-id").get("total").asInt()).isZero();
	}

	@Test
	void findsObservationsByCodeAndDate() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patient = new Visits(jdbc, http).patient();
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		String outcomes = "/api/v1/patients/" + patient + "/outcomes";
		clinical.post(therapist.token(), outcomes, Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 8))
			.expectStatus()
			.isCreated();
		clinical.post(therapist.token(), outcomes, Map.of("instrument", "NPRS", "takenOn", "2026-02-05", "score", 5))
			.expectStatus()
			.isCreated();
		clinical.post(therapist.token(), outcomes, Map.of("instrument", "PSFS", "takenOn", "2026-02-05", "activities",
				List.of(Map.of("name", "Running", "score", 4))))
			.expectStatus()
			.isCreated();
		String search = "/fhir/r4/Observation?patient=" + patient;
		assertThat(ok(therapist.token(), search).get("total").asInt()).isEqualTo(3);
		assertThat(ok(therapist.token(), search + "&code=http://loinc.org|72514-3").get("total").asInt()).isEqualTo(2);
		assertThat(ok(therapist.token(), search + "&code=PSFS").get("total").asInt()).isEqualTo(1);
		JsonNode february = ok(therapist.token(), search + "&code=72514-3&date=ge2026-02-01&date=lt2026-03");
		assertThat(february.get("total").asInt()).isEqualTo(1);
		assertThat(february.at("/entry/0/resource/valueQuantity/value").asInt()).isEqualTo(5);
	}

	@Test
	void findsCarePlansByStatusAndConditionsByPatient() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patient = new Visits(jdbc, http).patient();
		new Visits(jdbc, http).activePlan(patient, therapist.therapistId());
		String plans = "/fhir/r4/CarePlan?patient=" + patient;
		assertThat(ok(therapist.token(), plans + "&status=active").get("total").asInt()).isEqualTo(1);
		assertThat(ok(therapist.token(), plans + "&status=completed").get("total").asInt()).isZero();
		JsonNode conditions = ok(therapist.token(), "/fhir/r4/Condition?patient=" + patient);
		assertThat(conditions.at("/entry/0/resource/code/coding/0/system").asString())
			.isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
		assertThat(conditions.at("/entry/0/resource/code/coding/0/code").asString()).isEqualTo("M53.3");
	}

	@Test
	void carePlansAndConditionsPageInTheDatabaseBeyondTwoHundredPlans() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patient = new Visits(jdbc, http).patient();
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		Instant start = Instant.parse("2026-01-05T18:00:00Z");
		for (int i = 0; i < 202; i++) {
			clinical.planInStatus(patient, therapist.therapistId(), null, "DISCONTINUED", start, start.plusSeconds(60));
		}
		clinical.activePlan(patient, therapist.therapistId());
		String revoked = "/fhir/r4/CarePlan?patient=" + patient + "&status=revoked&_count=200";
		JsonNode first = ok(therapist.token(), revoked);
		assertThat(first.get("total").asInt()).isEqualTo(202);
		assertThat(first.get("entry")).hasSize(200);
		JsonNode second = ok(therapist.token(), relative(link(first, "next")));
		assertThat(second.get("entry")).hasSize(2);
		assertThat(second.at("/entry/0/resource/status").asString()).isEqualTo("revoked");
		assertThat(
				ok(therapist.token(), "/fhir/r4/CarePlan?patient=" + patient + "&status=active").get("total").asInt())
			.isEqualTo(1);
		JsonNode conditions = ok(therapist.token(), "/fhir/r4/Condition?patient=" + patient + "&_count=200&_page=1");
		assertThat(conditions.get("total").asInt()).isEqualTo(203);
		assertThat(conditions.get("entry")).hasSize(3);
	}

	@Test
	void anUnknownOrMalformedSearchParameterIs400() {
		String token = staff.newTherapist().token();
		UUID patient = UUID.randomUUID();
		for (String search : List.of("Patient?nickname=Al", "Patient?name:exact=Al", "Patient?birthdate=1980",
				"Observation?patient=" + patient + "&date=sa2026-01-01", "Observation?code=ODI",
				"Appointment?patient=someone", "Patient?_count=0", "Observation?patient=" + patient + "&code=1234-5",
				"CarePlan?patient=" + patient + "&status=done")) {
			outcome(token, "/fhir/r4/" + search, 400, "invalid");
		}
	}

	@Test
	void aRefusalNeverRepeatsWhatTheClientSent() {
		String token = staff.newTherapist().token();
		UUID patient = UUID.randomUUID();
		String planted = "planted" + UUID.randomUUID().toString().substring(0, 8);
		for (String search : List.of("Patient?" + planted + "=1", "Observation?patient=" + patient + "&code=" + planted,
				"Observation?patient=" + patient + "&code=" + planted + "|72514-3",
				"Patient/" + patient + "?_format=" + planted)) {
			String body = http.get()
				.uri("/fhir/r4/" + search)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).as(search).contains("OperationOutcome").doesNotContain(planted);
		}
	}

	@Test
	void anUnknownIdOrTypeIs404() {
		String token = staff.newTherapist().token();
		outcome(token, "/fhir/r4/Patient/" + UUID.randomUUID(), 404, "not-found");
		outcome(token, "/fhir/r4/Patient/not-a-uuid", 404, "not-found");
		outcome(token, "/fhir/r4/Goal/" + UUID.randomUUID() + "-LTG1", 404, "not-found");
		outcome(token, "/fhir/r4/Procedure/" + UUID.randomUUID() + "-1", 404, "not-found");
		outcome(token, "/fhir/r4/MedicationRequest/" + UUID.randomUUID(), 404, "not-found");
	}

	@Test
	void answersFhirJsonAndRefusesOtherFormats() {
		String token = staff.frontDesk();
		UUID patient = register(token, "Format-" + UUID.randomUUID(), "1990-01-01");
		String read = "/fhir/r4/Patient/" + patient;
		http.get()
			.uri(read + "?_format=json")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT, "application/xml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/fhir+json");
		http.get()
			.uri(read)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT, "application/fhir+json")
			.exchange()
			.expectStatus()
			.isOk();
		outcome(token, read + "?_format=xml", 406, "not-supported");
	}

	@Test
	void theApiIsReadOnly() {
		JsonNode body = http.post()
			.uri("/fhir/r4/Patient")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.contentType(MediaType.valueOf("application/fhir+json"))
			.body("{\"resourceType\":\"Patient\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(body.at("/issue/0/code").asString()).isEqualTo("not-supported");
	}

	private UUID register(String token, String lastName, String dateOfBirth) {
		return RichPatient.registered(new ClinicalFixtures(http, jdbc), token,
				new HashMap<>(Map.of("firstName", "Fhir", "lastName", lastName, "dateOfBirth", dateOfBirth)));
	}

	private JsonNode ok(String token, String uri) {
		JsonNode body = http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(body.get("resourceType").asString()).isEqualTo("Bundle");
		return body;
	}

	private void outcome(String token, String uri, int status, String code) {
		JsonNode body = http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith("application/fhir+json")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(body.get("resourceType").asString()).as(uri).isEqualTo("OperationOutcome");
		assertThat(body.at("/issue/0/code").asString()).as(uri).isEqualTo(code);
	}

	private static String link(JsonNode bundle, String relation) {
		for (JsonNode link : bundle.get("link")) {
			if (link.get("relation").asString().equals(relation)) {
				return link.get("url").asString();
			}
		}
		return null;
	}

	private static String relative(String url) {
		return url.substring(url.indexOf("/fhir/r4/"));
	}

	private static String id(JsonNode bundle, int entry) {
		return bundle.at("/entry/" + entry + "/resource/id").asString();
	}

}

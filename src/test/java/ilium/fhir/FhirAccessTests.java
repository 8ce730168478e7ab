package ilium.fhir;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR path keeps the JSON API's rules: the same bearer token and roles (refusals as
 * {@code OperationOutcome}), the CapabilityStatement open to all, and every read audited
 * with the very line its JSON twin writes; {@code $everything} is audited as an export.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirAccessTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private RichPatient patient;

	@BeforeAll
	void richPatient() {
		patient = RichPatient.make(http, jdbc, staff);
	}

	@Test
	void withoutATokenAReadIs401AsOperationOutcome() {
		JsonNode body = http.get()
			.uri("/fhir/r4/Patient/{id}", patient.patientId())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentTypeCompatibleWith("application/fhir+json")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(body.get("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(body.at("/issue/0/code").asString()).isEqualTo("login");
	}

	@Test
	void theCapabilityStatementNeedsNoToken() {
		JsonNode statement = http.get()
			.uri("/fhir/r4/metadata")
			.header(HttpHeaders.AUTHORIZATION, "Bearer expired.or.forged")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(statement.get("resourceType").asString()).isEqualTo("CapabilityStatement");
		List<String> types = new java.util.ArrayList<>();
		statement.at("/rest/0/resource").forEach(resource -> types.add(resource.get("type").asString()));
		assertThat(types).containsExactly("Appointment", "CarePlan", "Condition", "Encounter", "Goal", "Observation",
				"Patient", "Practitioner", "Procedure");
	}

	@Test
	void theFrontDeskReadsDemographicsButNoClinicalRecord() {
		String frontDesk = staff.frontDesk();
		get(frontDesk, "/fhir/r4/Patient/" + patient.patientId()).expectStatus().isOk();
		get(frontDesk, "/fhir/r4/Appointment?patient=" + patient.patientId()).expectStatus().isOk();
		get(frontDesk, "/fhir/r4/Practitioner/" + patient.therapistId()).expectStatus().isOk();
		long deniedBefore = denied(patient.patientId(), "outcome-measure");
		for (String clinical : List.of("Observation?patient=" + patient.patientId(), "CarePlan/" + patient.planId(),
				"Encounter/" + patient.noteIds().getFirst(), "Patient/" + patient.patientId() + "/$everything")) {
			JsonNode body = get(frontDesk, "/fhir/r4/" + clinical).expectStatus()
				.isForbidden()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(body.at("/issue/0/code").asString()).as(clinical).isEqualTo("forbidden");
		}
		assertThat(denied(patient.patientId(), "outcome-measure")).isEqualTo(deniedBefore + 1);
	}

	@Test
	void eachReadIsAuditedAsItsJsonTwin() {
		UUID patientId = patient.patientId();
		UUID outcome = patient.outcomeIds().getFirst();
		UUID note = patient.noteIds().getFirst();
		UUID appointment = patient.appointmentIds().getFirst();
		assertSameAudit("/api/v1/patients/" + patientId, "/fhir/r4/Patient/" + patientId);
		assertSameAudit("/api/v1/appointments/" + appointment, "/fhir/r4/Appointment/" + appointment);
		assertSameAudit("/api/v1/treatment-plans/" + patient.planId(), "/fhir/r4/CarePlan/" + patient.planId());
		assertSameAudit("/api/v1/treatment-plans/" + patient.planId(), "/fhir/r4/Condition/" + patient.planId());
		assertSameAudit("/api/v1/treatment-plans/" + patient.planId() + "/goals/" + patient.goalIds().getFirst(),
				"/fhir/r4/Goal/" + patient.planId() + "-" + patient.goalIds().getFirst());
		assertSameAudit("/api/v1/patients/" + patientId + "/outcomes/" + outcome, "/fhir/r4/Observation/" + outcome);
		assertSameAudit("/api/v1/patients/" + patientId + "/outcomes", "/fhir/r4/Observation?patient=" + patientId);
		assertSameAudit("/api/v1/visit-notes/" + note, "/fhir/r4/Encounter/" + note);
		assertSameAudit("/api/v1/visit-notes/" + note, "/fhir/r4/Procedure/" + note + "-1");
	}

	@Test
	void everythingIsAuditedAsAnExportOfThePatient() {
		String username = newTherapist();
		get(staff.token(username, Staff.PASSWORD), "/fhir/r4/Patient/" + patient.patientId() + "/$everything")
			.expectStatus()
			.isOk();
		assertThat(linesOf(username)).contains(
				"EXPORT patient " + patient.patientId() + " " + patient.patientId() + " ALLOWED",
				"READ patient " + patient.patientId() + " " + patient.patientId() + " ALLOWED");
	}

	/** The same read by two new therapists writes the same lines. */
	private void assertSameAudit(String json, String fhir) {
		String jsonUser = newTherapist();
		String fhirUser = newTherapist();
		get(staff.token(jsonUser, Staff.PASSWORD), json).expectStatus().isOk();
		get(staff.token(fhirUser, Staff.PASSWORD), fhir).expectStatus().isOk();
		assertThat(linesOf(fhirUser)).as(fhir).isNotEmpty().isEqualTo(linesOf(jsonUser));
	}

	/** A new therapist's account, by username. */
	private String newTherapist() {
		UUID therapistId = staff.newTherapist().therapistId();
		return jdbc.sql("select username from staff_account where therapist_id = :id")
			.param("id", therapistId)
			.query(String.class)
			.single();
	}

	private List<String> linesOf(String username) {
		return jdbc.sql("""
				select concat_ws(' ', action, resource_type, resource_id, patient_id, outcome) from audit_event
				 where username = :username and action <> 'LOGIN' order by id
				""").param("username", username).query(String.class).list();
	}

	private long denied(UUID patientId, String resourceType) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patientId and resource_type = :type and outcome = 'DENIED'
				""").param("patientId", patientId).param("type", resourceType).query(Long.class).single();
	}

	private RestTestClient.ResponseSpec get(String token, String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}

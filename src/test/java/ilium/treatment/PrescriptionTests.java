package ilium.treatment;

import java.time.LocalDate;
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

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class PrescriptionTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	/** Tries what only a trigger stops: the service's own role may not even try. */
	@Autowired
	DatabaseOwner owner;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	String planId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
		planId = clinic.createPlan(therapist.token(), patientId, therapist.therapistId(), null).get("id").asString();
	}

	@Test
	void prescribesAnExerciseWithItsDose() {
		clinic.post(therapist.token(), prescriptions(), bridge())
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.exerciseName")
			.isEqualTo("Back bridge")
			.jsonPath("$.reps")
			.isEqualTo(10)
			.jsonPath("$.active")
			.isEqualTo(true)
			.jsonPath("$.history")
			.isEmpty();
	}

	@Test
	void refusesADoseOutOfBoundsNamingTheField() {
		Map<String, Object> body = bridge();
		body.put("reps", 51);
		clinic.post(therapist.token(), prescriptions(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reps");
		body.put("reps", 10);
		body.put("holdSeconds", 301);
		clinic.post(therapist.token(), prescriptions(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("holdSeconds");
	}

	@Test
	void refusesAMissingDoseField() {
		Map<String, Object> body = bridge();
		body.remove("side");
		clinic.post(therapist.token(), prescriptions(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("side");
	}

	@Test
	void refusesAProgressionTargetBelowTheHold() {
		Map<String, Object> body = bridge();
		body.put("progression", Map.of("targetHoldSeconds", 3, "stepSeconds", 1, "everyDays", 7));
		clinic.post(therapist.token(), prescriptions(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("progression.targetHoldSeconds");
	}

	@Test
	void aDoseChangeKeepsThePreviousDoseInTheHistory() {
		String id = prescribe();
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("reps", 8))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reps")
			.isEqualTo(8)
			.jsonPath("$.holdSeconds")
			.isEqualTo(5);
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("holdSeconds", 10))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.history.length()")
			.isEqualTo(2)
			.jsonPath("$.history[0].reps")
			.isEqualTo(10)
			.jsonPath("$.history[1].reps")
			.isEqualTo(8)
			.jsonPath("$.history[1].holdSeconds")
			.isEqualTo(5)
			.jsonPath("$.history[0].changedAt")
			.isNotEmpty()
			.jsonPath("$.history[0].changedBy")
			.isNotEmpty();
	}

	@Test
	void aChangeOfSetsKeepsTheProgressionCountingAndANewHoldRestartsIt() {
		LocalDate today = ClinicalFixtures.today();
		UUID plan = clinic.planActiveSince(patientId, therapist.therapistId(), today.minusDays(14));
		UUID stretch = clinic.prescribedOn(plan, ClinicalFixtures.HIP_ABDUCTOR_STRETCH, today.minusDays(14));
		String uri = "/api/v1/treatment-plans/" + plan + "/prescriptions/" + stretch;
		clinic.patch(therapist.token(), uri, Map.of("sets", 3))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.since")
			.isEqualTo(today.minusDays(14).toString());
		assertThat(holdOfHipAbductorStretch(plan.toString(), today)).isEqualTo(20);
		clinic.patch(therapist.token(), uri, Map.of("holdSeconds", 12))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.since")
			.isEqualTo(today.toString())
			.jsonPath("$.history.length()")
			.isEqualTo(2);
		assertThat(holdOfHipAbductorStretch(plan.toString(), today)).isEqualTo(12);
		assertThat(holdOfHipAbductorStretch(plan.toString(), today.plusDays(7))).isEqualTo(17);
	}

	@Test
	void aChangeThatChangesNothingAddsNoHistory() {
		String id = prescribe();
		String etag = clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseHeaders()
			.getETag();
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("reps", 10, "side", "BOTH"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.history")
			.isEmpty();
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId).expectHeader().valueEquals("ETag", etag);
	}

	@Test
	void theLocationOfANewPrescriptionAnswersWithIt() {
		String location = clinic.post(therapist.token(), prescriptions(), bridge())
			.expectStatus()
			.isCreated()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		clinic.get(therapist.token(), location).expectStatus().isOk().expectBody().jsonPath("$.reps").isEqualTo(10);
	}

	@Test
	void aDoseChangeOnAStaleViewOfThePlanIs412AndChangesNothing() {
		String id = prescribe();
		String planETag = http.get()
			.uri("/api/v1/treatment-plans/{id}", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("reps", 8)).expectStatus().isOk();
		http.patch()
			.uri(prescriptions() + "/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, planETag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reps", 12))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		http.delete()
			.uri(prescriptions() + "/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, planETag)
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		clinic.get(therapist.token(), prescriptions() + "/" + id).expectBody().jsonPath("$.reps").isEqualTo(8);
	}

	@Test
	void theDatabaseKeepsTheDoseHistoryAppendOnly() {
		String id = prescribe();
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("reps", 8)).expectStatus().isOk();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> owner.jdbc()
				.sql("update prescription_dose_history set reps = 1 where prescription_id = :id")
				.param("id", UUID.fromString(id))
				.update());
	}

	@Test
	void aStoppedPrescriptionCannotChangeDose() {
		String id = prescribe();
		clinic.delete(therapist.token(), prescriptions() + "/" + id).expectStatus().isOk();
		clinic.patch(therapist.token(), prescriptions() + "/" + id, Map.of("reps", 8)).expectStatus().isEqualTo(409);
	}

	@Test
	void deletingStopsThePrescriptionButKeepsIt() {
		clinic.screen(therapist.token(), patientId);
		clinic.activate(therapist.token(), planId);
		String id = prescribe();
		String inAWeek = "/api/v1/treatment-plans/" + planId + "/home-program?on="
				+ ClinicalFixtures.today().plusDays(7);
		clinic.get(therapist.token(), inAWeek)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.exercises.length()")
			.isEqualTo(1);
		clinic.delete(therapist.token(), prescriptions() + "/" + id)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false)
			.jsonPath("$.stoppedAt")
			.isNotEmpty();
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.prescriptions[0].id")
			.isEqualTo(id)
			.jsonPath("$.prescriptions[0].active")
			.isEqualTo(false);
		clinic.get(therapist.token(), inAWeek).expectStatus().isOk().expectBody().jsonPath("$.exercises").isEmpty();
	}

	@Test
	void anotherTherapistCannotPrescribe() {
		clinic.post(staff.newTherapist().token(), prescriptions(), bridge()).expectStatus().isForbidden();
		String id = prescribe();
		clinic.patch(staff.newTherapist().token(), prescriptions() + "/" + id, Map.of("reps", 8))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void theHomeProgramAppliesTheProgressionFromThePlansStart() {
		LocalDate start = ClinicalFixtures.today().plusDays(3);
		String fromProtocol = activePlanFromProtocol(start);
		assertThat(holdOfHipAbductorStretch(fromProtocol, start)).isEqualTo(10);
		assertThat(holdOfHipAbductorStretch(fromProtocol, start.plusDays(7))).isEqualTo(15);
		assertThat(holdOfHipAbductorStretch(fromProtocol, start.plusDays(14))).isEqualTo(20);
		assertThat(holdOfHipAbductorStretch(fromProtocol, start.plusDays(90))).isEqualTo(30);
	}

	@Test
	void theHomeProgramCarriesNamesInstructionsAndEducation() {
		LocalDate start = ClinicalFixtures.today();
		String fromProtocol = activePlanFromProtocol(start);
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + fromProtocol + "/home-program?on=" + start)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.on")
			.isEqualTo(start.toString())
			.jsonPath("$.programStatus")
			.isEqualTo("ACTIVE")
			.jsonPath("$.exercises.length()")
			.isEqualTo(3)
			.jsonPath("$.exercises[1].name")
			.isEqualTo("Hamstring stretch")
			.jsonPath("$.exercises[1].side")
			.isEqualTo("ALTERNATING")
			.jsonPath("$.exercises[1].instructions")
			.isNotEmpty()
			.jsonPath("$.educationTopics.length()")
			.isEqualTo(4)
			.jsonPath("$.beltAdvice.recommended")
			.isEqualTo(false);
		assertThat(clinic.auditCount(patientId, "home-program", "ALLOWED")).isEqualTo(1);
	}

	private String activePlanFromProtocol(LocalDate start) {
		UUID patient = clinic.newPatient();
		patientId = patient;
		return clinic
			.activePlan(therapist.token(), patient, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL, start)
			.get("id")
			.asString();
	}

	private int holdOfHipAbductorStretch(String plan, LocalDate on) {
		JsonNode program = clinic.get(therapist.token(), "/api/v1/treatment-plans/" + plan + "/home-program?on=" + on)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (JsonNode exercise : program.get("exercises")) {
			if (exercise.get("exerciseId").asString().equals(ClinicalFixtures.HIP_ABDUCTOR_STRETCH)) {
				return exercise.get("holdSeconds").asInt();
			}
		}
		throw new AssertionError("no hip abductor stretch in " + program);
	}

	private String prescribe() {
		return clinic.post(therapist.token(), prescriptions(), bridge())
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private String prescriptions() {
		return "/api/v1/treatment-plans/" + planId + "/prescriptions";
	}

	private static Map<String, Object> bridge() {
		return new HashMap<>(Map.of("exerciseId", ClinicalFixtures.BACK_BRIDGE, "sets", 1, "reps", 10, "holdSeconds", 5,
				"timesPerDay", 1, "daysPerWeek", 7, "side", "BOTH"));
	}

}

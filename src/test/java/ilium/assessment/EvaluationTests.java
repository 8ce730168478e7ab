package ilium.assessment;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.treatment.ClinicalFixtures;

import static ilium.treatment.ClinicalFixtures.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class EvaluationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
	}

	@Test
	void computesTheClusterAndTheAslr() {
		Map<String, Object> body = evaluation("POSITIVE", "POSITIVE", "NEGATIVE", "NEGATIVE", "NOT_TESTED");
		body.put("aslr", Map.of("left", 2, "right", 0));
		body.put("aslrEasierWithCompression", true);
		body.put("jointMobility", "HYPERMOBILE");
		body.put("painSide", "LEFT");
		body.put("nprs", 5);
		body.put("findings", "Tender over the left PSIS");
		body.put("appointmentId", clinic.newAppointment(patientId, therapist.therapistId()));
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.cluster.positiveCount")
			.isEqualTo(2)
			.jsonPath("$.cluster.testedCount")
			.isEqualTo(4)
			.jsonPath("$.cluster.result")
			.isEqualTo("SUPPORTS_SI_JOINT_PAIN")
			.jsonPath("$.aslr.total")
			.isEqualTo(2)
			.jsonPath("$.aslr.positive")
			.isEqualTo(true)
			.jsonPath("$.jointMobility")
			.isEqualTo("HYPERMOBILE");
	}

	@Test
	void readsAnEvaluationBackOnlyUnderItsPatient() {
		String id = clinic
			.post(therapist.token(), evaluations(),
					evaluation("POSITIVE", "POSITIVE", "POSITIVE", "NOT_TESTED", "NOT_TESTED"))
			.expectStatus()
			.isCreated()
			.expectBody(tools.jackson.databind.JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		clinic.get(therapist.token(), evaluations() + "/" + id)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.cluster.result")
			.isEqualTo("SUPPORTS_SI_JOINT_PAIN");
		clinic.get(therapist.token(), "/api/v1/patients/" + clinic.newPatient() + "/evaluations/" + id)
			.expectStatus()
			.isNotFound();
		clinic.get(therapist.token(), evaluations())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(1);
	}

	@Test
	void twoOfTheFourPositiveSupportWhateverGaenslenSays() {
		clinic
			.post(therapist.token(), evaluations(),
					evaluation("POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.cluster.positiveCount")
			.isEqualTo(2)
			.jsonPath("$.cluster.testedCount")
			.isEqualTo(5)
			.jsonPath("$.cluster.result")
			.isEqualTo("SUPPORTS_SI_JOINT_PAIN");
	}

	@Test
	void theFourTestedWithOnePositiveDoesNotSupport() {
		clinic
			.post(therapist.token(), evaluations(),
					evaluation("NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE", "NOT_TESTED"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.cluster.result")
			.isEqualTo("DOES_NOT_SUPPORT");
	}

	@Test
	void aslrEasierWithCompressionNeedsAPositiveAslr() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("aslr", Map.of("left", 0, "right", 0));
		body.put("aslrEasierWithCompression", true);
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("aslrEasierWithCompression");
		assertNoEvaluationRecorded();
	}

	@Test
	void aslrEasierWithCompressionNeedsAnAslr() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("aslrEasierWithCompression", true);
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("aslrEasierWithCompression");
		assertNoEvaluationRecorded();
	}

	@Test
	void aslrNotEasierWithCompressionNeedsNoAslr() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("aslrEasierWithCompression", false);
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.aslrEasierWithCompression")
			.isEqualTo(false);
	}

	@Test
	void everyProvocationTestIsRequired() {
		Map<String, Object> body = evaluation("POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE");
		@SuppressWarnings("unchecked")
		Map<String, Object> tests = (Map<String, Object>) body.get("provocationTests");
		tests.remove("gaenslen");
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("provocationTests.gaenslen");
	}

	@Test
	void refusesAnAslrSideAboveFive() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("aslr", Map.of("left", 6, "right", 0));
		clinic.post(therapist.token(), evaluations(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("aslr.left");
	}

	@Test
	void refusesAnotherPatientsAppointment() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("appointmentId", clinic.newAppointment(clinic.newPatient(), therapist.therapistId()));
		clinic.post(therapist.token(), evaluations(), body).expectStatus().isEqualTo(422);
	}

	@Test
	void refusesAnUnknownAppointment() {
		Map<String, Object> body = evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE");
		body.put("appointmentId", UUID.randomUUID());
		clinic.post(therapist.token(), evaluations(), body).expectStatus().isEqualTo(422);
	}

	@Test
	void frontDeskCannotRecordAnEvaluation() {
		clinic
			.post(staff.frontDesk(), evaluations(),
					evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE"))
			.expectStatus()
			.isForbidden();
	}

	private void assertNoEvaluationRecorded() {
		assertThat(jdbc.sql("select count(*) from evaluation where patient_id = :id")
			.param("id", patientId)
			.query(Long.class)
			.single()).isZero();
	}

	private String evaluations() {
		return "/api/v1/patients/" + patientId + "/evaluations";
	}

}

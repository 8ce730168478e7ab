package ilium.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.episode.Episodes;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class TreatmentPlanTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	TreatmentPlanning planning;

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
	void aPlanFromTheSeededProtocolCopiesItsExercisesAndEducation() {
		clinic
			.post(therapist.token(), plans(),
					ClinicalFixtures.plan(therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DRAFT")
			.jsonPath("$.protocolId")
			.isEqualTo(ClinicalFixtures.SEEDED_PROTOCOL)
			.jsonPath("$.protocolVersion")
			.isNumber()
			.jsonPath("$.prescriptions.length()")
			.isEqualTo(3)
			.jsonPath("$.prescriptions[0].exerciseName")
			.isEqualTo("Hip abductor stretch")
			.jsonPath("$.prescriptions[0].holdSeconds")
			.isEqualTo(10)
			.jsonPath("$.educationTopics.length()")
			.isEqualTo(4)
			.jsonPath("$.goals[0].description")
			.isEqualTo("Sit through a workday without pain");
	}

	@Test
	void aBlankPlanHasNoPrescriptionsAndNoBeltAdvice() {
		JsonNode plan = clinic.createPlan(therapist.token(), patientId, therapist.therapistId(), null);
		assertThat(plan.get("prescriptions")).isEmpty();
		assertThat(plan.get("beltAdvice").isNull()).isTrue();
		assertThat(plan.get("protocolId").isNull()).isTrue();
	}

	@Test
	void theBeltRuleFillsInHypermobilityFromTheLatestEvaluation() {
		Map<String, Object> evaluation = ClinicalFixtures.evaluation("NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE",
				"NEGATIVE");
		evaluation.put("jointMobility", "HYPERMOBILE");
		clinic.post(therapist.token(), "/api/v1/patients/" + patientId + "/evaluations", evaluation)
			.expectStatus()
			.isCreated();
		JsonNode plan = clinic.createPlan(therapist.token(), patientId, therapist.therapistId(),
				ClinicalFixtures.SEEDED_PROTOCOL);
		assertThat(plan.get("beltAdvice").get("recommended").asBoolean()).isTrue();
		assertThat(plan.get("beltAdvice").get("reason").asString()).isEqualTo("HYPERMOBILITY");
		assertThat(plan.get("beltAdvice").get("source").asString()).isEqualTo("PATIENT_FACTS");
	}

	@Test
	void theBeltRuleFillsInPregnancyFromTheLatestScreening() {
		Map<String, Object> screening = ClinicalFixtures.screening();
		screening.put("contributingFactors", List.of("CHILDBIRTH"));
		clinic.post(therapist.token(), "/api/v1/patients/" + patientId + "/screenings", screening)
			.expectStatus()
			.isCreated();
		JsonNode plan = clinic.createPlan(therapist.token(), patientId, therapist.therapistId(),
				ClinicalFixtures.SEEDED_PROTOCOL);
		assertThat(plan.get("beltAdvice").get("reason").asString()).isEqualTo("PREGNANCY_RELATED");
	}

	@Test
	void theTherapistOverridesBeltAdviceWithAReason() {
		String id = clinic
			.createPlan(therapist.token(), patientId, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL)
			.get("id")
			.asString();
		clinic.put(therapist.token(), "/api/v1/treatment-plans/" + id + "/belt-advice", Map.of("recommended", true))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		clinic
			.put(therapist.token(), "/api/v1/treatment-plans/" + id + "/belt-advice",
					Map.of("recommended", true, "reason", "OTHER", "wearingInstructions", "Below the iliac crests",
							"reviewAfterWeeks", 4))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.beltAdvice.reason")
			.isEqualTo("OTHER")
			.jsonPath("$.beltAdvice.source")
			.isEqualTo("THERAPIST")
			.jsonPath("$.beltAdvice.reviewAfterWeeks")
			.isEqualTo(4);
	}

	@Test
	void theTherapistSetsEducationTopics() {
		String id = draft();
		clinic
			.put(therapist.token(), "/api/v1/treatment-plans/" + id + "/education",
					Map.of("topics", List.of("SLEEP_POSITION", "POSTURE")))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.educationTopics[0]")
			.isEqualTo("SLEEP_POSITION");
	}

	@Test
	void refusesAMalformedDiagnosisCode() {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("diagnosisCode", "SI-pain");
		clinic.post(therapist.token(), plans(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("diagnosisCode");
	}

	@Test
	void refusesVisitsPerWeekAndDurationOutOfRange() {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("visitsPerWeek", 8);
		clinic.post(therapist.token(), plans(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("visitsPerWeek");
		body.put("visitsPerWeek", 2);
		body.put("durationWeeks", 53);
		clinic.post(therapist.token(), plans(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("durationWeeks");
	}

	@Test
	void refusesAnUnknownProtocolOrTherapist() {
		clinic.post(therapist.token(), plans(), ClinicalFixtures.plan(therapist.therapistId(), UUID.randomUUID()))
			.expectStatus()
			.isEqualTo(422);
		clinic.post(therapist.token(), plans(), ClinicalFixtures.plan(UUID.randomUUID(), null))
			.expectStatus()
			.isEqualTo(422);
	}

	@Test
	void aDraftIsActivatedThenCompleted() {
		clinic.screen(therapist.token(), patientId);
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.activatedAt")
			.isNotEmpty();
		Episodes.signedSummary(http, therapist.token(), id, LocalDate.now(Clinic.ZONE));
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/complete", Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED");
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void aPlanIsDiscontinuedWithAReason() {
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/discontinue", Map.of())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/discontinue", Map.of("reason", "Moved away"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DISCONTINUED")
			.jsonPath("$.discontinueReason")
			.isEqualTo("Moved away");
		clinic.put(therapist.token(), "/api/v1/treatment-plans/" + id + "/education", Map.of("topics", List.of()))
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void everyStatusChangeIsKeptWithWhoWhenAndWhy() {
		clinic.screen(therapist.token(), patientId);
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of()).expectStatus().isOk();
		JsonNode plan = clinic
			.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/discontinue", Map.of("reason", "Moved away"))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode history = plan.get("statusHistory");
		assertThat(history.valueStream().map(c -> c.get("status").asString())).containsExactly("DRAFT", "ACTIVE",
				"DISCONTINUED");
		assertThat(history.get(2).get("reason").asString()).isEqualTo("Moved away");
		assertThat(history.valueStream().map(c -> c.get("by").asString())).doesNotContainNull()
			.allMatch(by -> !by.isBlank());
		assertThat(history.valueStream().map(c -> c.get("at").asString())).allMatch(at -> at.endsWith("Z"));
	}

	@Test
	void aPlanHasAtLeastOneGoal() {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("goals", List.of());
		clinic.post(therapist.token(), plans(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goals");
	}

	@Test
	void anArchivedPatientGetsNoPlan() {
		http.delete()
			.uri("/api/v1/patients/" + patientId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk();
		clinic.post(therapist.token(), plans(), ClinicalFixtures.plan(therapist.therapistId(), null))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/patient-archived");
	}

	@Test
	void aDraftCannotBeCompleted() {
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + draft() + "/complete", Map.of())
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void activationIsRefusedWhileRedFlagsAreUnresolvedAndTheProblemNamesThem() {
		clinic.screen(therapist.token(), patientId, "saddleAnesthesia", "historyOfCancer");
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/unresolved-red-flags")
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_CAUDA_EQUINA")
			.jsonPath("$.redFlags[1]")
			.isEqualTo("POSSIBLE_MALIGNANCY")
			.jsonPath("$.detail")
			.value(detail -> assertThat(detail.toString()).contains("POSSIBLE_CAUDA_EQUINA"));
	}

	@Test
	void activationIsRefusedWithoutAnyScreening() {
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + draft() + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422);
	}

	@Test
	void aPhysiciansClearanceOpensTheGate() {
		String screeningId = clinic.screen(therapist.token(), patientId, "majorTrauma").get("id").asString();
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422);
		clinic
			.post(therapist.token(), "/api/v1/patients/" + patientId + "/screenings/" + screeningId + "/clearance",
					Map.of("clearedBy", "Dr. Ada Lee", "clearedOn", ClinicalFixtures.today().toString()))
			.expectStatus()
			.isOk();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of()).expectStatus().isOk();
	}

	@Test
	void theLatestScreeningDecides() {
		clinic.screen(therapist.token(), patientId);
		clinic.screen(therapist.token(), patientId, "fever");
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + draft() + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.redFlags[0]")
			.isEqualTo("SYSTEMIC_SIGNS");
	}

	@Test
	void aPatientHasOneActivePlanAtATime() {
		clinic.screen(therapist.token(), patientId);
		String first = draft();
		String second = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + first + "/activate", Map.of())
			.expectStatus()
			.isOk();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + second + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/active-plan-exists");
	}

	@Test
	void theDatabaseRefusesASecondActivePlan() {
		clinic.screen(therapist.token(), patientId);
		String first = draft();
		String second = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + first + "/activate", Map.of())
			.expectStatus()
			.isOk();
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.sql("update treatment_plan set status = 'ACTIVE' where id = :id")
				.param("id", UUID.fromString(second))
				.update());
	}

	@Test
	void theDatabaseNeverReopensAClosedPlan() {
		clinic.screen(therapist.token(), patientId);
		String id = draft();
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/activate", Map.of()).expectStatus().isOk();
		Episodes.signedSummary(http, therapist.token(), id, LocalDate.now(Clinic.ZONE));
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/complete", Map.of()).expectStatus().isOk();
		for (String status : new String[] { "DRAFT", "ACTIVE" }) {
			org.assertj.core.api.Assertions
				.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
				.isThrownBy(() -> jdbc.sql("update treatment_plan set status = :status where id = :id")
					.param("status", status)
					.param("id", UUID.fromString(id))
					.update())
				.satisfies(
						ex -> org.assertj.core.api.Assertions.assertThat(ilium.shared.DatabaseConstraint.violatedBy(ex))
							.contains("treatment_plan_status_moves_forward"));
		}
	}

	@Test
	void anotherTherapistReadsThePlanButCannotChangeIt() {
		clinic.screen(therapist.token(), patientId);
		String id = draft();
		String other = staff.newTherapist().token();
		clinic.get(other, "/api/v1/treatment-plans/" + id).expectStatus().isOk();
		clinic.post(other, "/api/v1/treatment-plans/" + id + "/activate", Map.of())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This treatment plan belongs to another therapist.");
		clinic.put(other, "/api/v1/treatment-plans/" + id + "/education", Map.of("topics", List.of()))
			.expectStatus()
			.isForbidden();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "DENIED")).isEqualTo(2);
	}

	@Test
	void frontDeskAndAdminCannotSeePlans() {
		String id = draft();
		clinic.get(staff.frontDesk(), "/api/v1/treatment-plans/" + id)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Your role does not allow this.");
		assertThat(clinic.auditCount(patientId, "treatment-plan", "DENIED")).isEqualTo(1);
		clinic.get(staff.admin(), plans()).expectStatus().isForbidden();
		clinic.post(staff.admin(), plans(), ClinicalFixtures.plan(therapist.therapistId(), null))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aStaleIfMatchIsRefused() {
		String id = draft();
		http.post()
			.uri("/api/v1/treatment-plans/" + id + "/discontinue")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"99\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("reason", "Moved away"))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
	}

	@Test
	void listsThePatientsPlansAndAuditsEveryRead() {
		String id = draft();
		clinic.get(therapist.token(), plans())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].id")
			.isEqualTo(id);
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + id).expectStatus().isOk();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "ALLOWED")).isEqualTo(3);
	}

	@Test
	void otherModulesFindAPlanWithItsPatient() {
		UUID id = UUID.fromString(draft());
		assertThat(planning.find(id)).hasValueSatisfying(plan -> {
			assertThat(plan.patientId()).isEqualTo(patientId);
			assertThat(plan.therapistId()).isEqualTo(therapist.therapistId());
			assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		});
		assertThat(planning.find(UUID.randomUUID())).isEmpty();
	}

	private String draft() {
		return clinic.createPlan(therapist.token(), patientId, therapist.therapistId(), null).get("id").asString();
	}

	private String plans() {
		return "/api/v1/patients/" + patientId + "/treatment-plans";
	}

}

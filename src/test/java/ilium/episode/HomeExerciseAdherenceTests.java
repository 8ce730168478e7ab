package ilium.episode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R12: a patient's week of a home exercise is recorded against the dose in
 * force on {@code reportedOn}, while the plan is ACTIVE and its home program that day
 * lists the prescription; the percentage is rounded half up and capped at 100, its band
 * is the clinic's convention, and pain from 6 raises a flag without changing the dose.
 */
@HttpTest
class HomeExerciseAdherenceTests {

	private static final String PROBLEMS = "https://ilium.example/problems/";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	AdherenceFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	UUID planId;

	LocalDate today;

	@BeforeEach
	void setUp() {
		clinic = new AdherenceFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
		today = AdherenceFixtures.today();
		planId = clinic.planActiveSince(patientId, therapist.therapistId(), today.minusDays(28));
	}

	@Test
	void h1OnceADayEveryDayFiveSessionsIsSeventyOnePercentPartial() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		Map<String, Object> body = AdherenceFixtures.report(stretch, today.minusDays(7), 5, 3);
		body.put("note", "Skipped the weekend");

		clinic.post(therapist.token(), planId, body)
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", ".*/api/v1/treatment-plans/" + planId + "/hep-adherence/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.id")
			.exists()
			.jsonPath("$.prescriptionId")
			.isEqualTo(stretch.toString())
			.jsonPath("$.reportedOn")
			.isEqualTo(today.minusDays(7).toString())
			.jsonPath("$.sessionsDone")
			.isEqualTo(5)
			.jsonPath("$.painDuring")
			.isEqualTo(3)
			.jsonPath("$.source")
			.isEqualTo("PATIENT")
			.jsonPath("$.note")
			.isEqualTo("Skipped the weekend")
			.jsonPath("$.expectedSessions")
			.isEqualTo(7)
			.jsonPath("$.rawPercent")
			.isEqualTo(71)
			.jsonPath("$.adherencePercent")
			.isEqualTo(71)
			.jsonPath("$.band")
			.isEqualTo("PARTIAL")
			.jsonPath("$.painFlag")
			.isEqualTo(false)
			.jsonPath("$.recordedBy")
			.isEqualTo(accountOf(therapist).toString())
			.jsonPath("$.recordedAt")
			.exists();
	}

	@ParameterizedTest(name = "{0}×/day {1} days/week, {2} done → {3} % {4}")
	@CsvSource({ "1, 5, 4, 80, ADHERENT", // 80 exactly: ADHERENT
			"4, 6, 19, 79, PARTIAL", // 79.17 rounds to 79: not ADHERENT
			"4, 2, 5, 63, PARTIAL", // 62.5 rounds half up to 63
			"1, 2, 1, 50, PARTIAL", // 50 exactly: PARTIAL
			"5, 7, 17, 49, LOW", // 48.57 rounds to 49: LOW
			"1, 7, 0, 0, LOW" })
	void theBandFollowsTheRoundedPercentage(int timesPerDay, int daysPerWeek, int done, int percent, String band) {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), timesPerDay, daysPerWeek);

		JsonNode entry = clinic.recorded(therapist.token(), planId,
				AdherenceFixtures.report(stretch, today.minusDays(1), done, null));

		assertThat(entry.get("expectedSessions").asInt()).isEqualTo(timesPerDay * daysPerWeek);
		assertThat(entry.get("rawPercent").asInt()).isEqualTo(percent);
		assertThat(entry.get("adherencePercent").asInt()).isEqualTo(percent);
		assertThat(entry.get("band").asString()).isEqualTo(band);
	}

	@Test
	void moreSessionsThanAskedForAreCappedAtOneHundredPercent() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);

		JsonNode entry = clinic.recorded(therapist.token(), planId,
				AdherenceFixtures.report(stretch, today.minusDays(1), 10, null));

		assertThat(entry.get("rawPercent").asInt()).isEqualTo(143);
		assertThat(entry.get("adherencePercent").asInt()).isEqualTo(100);
		assertThat(entry.get("band").asString()).isEqualTo("ADHERENT");
	}

	@Test
	void painOfSixRaisesTheFlagAndFiveDoesNotAndTheDoseStaysAsItWas() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);

		assertThat(
				clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(8), 7, 5))
					.get("painFlag")
					.asBoolean())
			.isFalse();
		assertThat(
				clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 7, 6))
					.get("painFlag")
					.asBoolean())
			.isTrue();

		JsonNode dose = clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId + "/prescriptions/" + stretch)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(dose.get("timesPerDay").asInt()).isEqualTo(1);
		assertThat(dose.get("daysPerWeek").asInt()).isEqualTo(7);
		assertThat(dose.get("history").isEmpty()).isTrue();
	}

	@Test
	void theSessionsExpectedAreThoseOfTheDoseInForceOnTheDayReported() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		clinic
			.send(http.patch(), therapist.token(), "/api/v1/treatment-plans/" + planId + "/prescriptions/" + stretch,
					Map.of("timesPerDay", 2))
			.expectStatus()
			.isOk();

		assertThat(clinic
			.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 7, null))
			.get("expectedSessions")
			.asInt()).isEqualTo(7);
		assertThat(clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today, 7, null))
			.get("expectedSessions")
			.asInt()).isEqualTo(14);
	}

	@Test
	void anyTherapistRecordsNotOnlyThePlansOwn() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		SignedInTherapist colleague = staff.newTherapist();

		clinic.post(colleague.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 7, null))
			.expectStatus()
			.isCreated();
	}

	@Test
	void aPlanNoLongerActiveTakesNoEntryEvenForADayItWasActive() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		Episodes.signedSummary(http, therapist.token(), planId, today);
		clinic.send(http.post(), therapist.token(), "/api/v1/treatment-plans/" + planId + "/complete", Map.of())
			.expectStatus()
			.isOk();

		expectNotInForce(planId, AdherenceFixtures.report(stretch, today.minusDays(7), 5, null));
	}

	@Test
	void aDraftPlanTakesNoEntry() {
		UUID draft = UUID.fromString(clinic
			.send(http.post(), therapist.token(), "/api/v1/patients/" + clinic.newPatient() + "/treatment-plans",
					Map.of("therapistId", therapist.therapistId(), "diagnosisCode", "M53.3", "goals",
							java.util.List.of(Map.of("description", "Sit through a workday")), "visitsPerWeek", 2,
							"durationWeeks", 6, "startDate", today.toString()))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
		UUID stretch = clinic.prescribedOn(draft, today, 1, 7);

		expectNotInForce(draft, AdherenceFixtures.report(stretch, today, 5, null));
	}

	@Test
	void aPrescriptionStoppedOnOrBeforeTheDayReportedIsNotInForce() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		http.delete()
			.uri("/api/v1/treatment-plans/" + planId + "/prescriptions/" + stretch)
			.header("Authorization", "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk();

		expectNotInForce(planId, AdherenceFixtures.report(stretch, today, 5, null));
		expectNotInForce(planId, AdherenceFixtures.report(stretch, today.plusDays(3), 5, null));
		clinic.post(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 5, null))
			.expectStatus()
			.isCreated();
	}

	@Test
	void aPrescriptionNotYetPrescribedOrOfAnotherPlanIsNotInForce() {
		UUID later = clinic.prescribedOn(planId, today.minusDays(7), 1, 7);
		UUID otherPlan = clinic.planActiveSince(clinic.newPatient(), therapist.therapistId(), today.minusDays(28));
		UUID foreign = clinic.prescribedOn(otherPlan, today.minusDays(28), 1, 7);

		expectNotInForce(planId, AdherenceFixtures.report(later, today.minusDays(8), 5, null));
		expectNotInForce(planId, AdherenceFixtures.report(foreign, today.minusDays(1), 5, null));
		expectNotInForce(planId, AdherenceFixtures.report(UUID.randomUUID(), today.minusDays(1), 5, null));
		assertThat(clinic.entries(planId)).isZero();
	}

	@Test
	void aSecondEntryForTheSamePrescriptionAndDateIsADuplicate() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 5, null));

		clinic.post(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 7, null))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "duplicate-adherence-entry");

		assertThat(jdbc.sql("select sessions_done from hep_adherence_entry where prescription_id = :id")
			.param("id", stretch)
			.query(Integer.class)
			.list()).containsExactly(5);
	}

	@Test
	void frontDeskAndAdminAreRefusedAndTheRefusalIsAuditedWithThePatient() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		Map<String, Object> body = AdherenceFixtures.report(stretch, today.minusDays(1), 5, null);

		for (String token : new String[] { staff.frontDesk(), staff.admin() }) {
			clinic.post(token, planId, body).expectStatus().isForbidden();
			clinic.get(token, "/api/v1/treatment-plans/" + planId + "/hep-adherence").expectStatus().isForbidden();
		}

		assertThat(clinic.entries(planId)).isZero();
		assertThat(clinic.auditCount(patientId, "DENIED")).isEqualTo(4);
	}

	@Test
	void anEntryIsAuditedWithThePatient() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);

		JsonNode entry = clinic.recorded(therapist.token(), planId,
				AdherenceFixtures.report(stretch, today.minusDays(1), 5, null));

		assertThat(jdbc.sql("""
				select action from audit_event
				 where patient_id = :patientId and resource_type = 'hep-adherence' and resource_id = :id
				   and outcome = 'ALLOWED'
				""").param("patientId", patientId).param("id", entry.get("id").asString()).query(String.class).list())
			.containsExactly("CREATE");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sessionsDone | 71
			sessionsDone | -1
			sessionsDone | 7.5
			sessionsDone | "7"
			painDuring   | 11
			painDuring   | -1
			source       | "FAMILY"
			reportedOn   | "2026-02-30"
			reportedOn   | null
			prescriptionId | "not-a-uuid"
			""")
	void badInputIsRefusedNamingTheFieldAndChangesNothing(String field, String json) {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		Map<String, Object> body = new HashMap<>(AdherenceFixtures.report(stretch, today.minusDays(1), 5, 2));
		body.put(field, new tools.jackson.databind.json.JsonMapper().readTree(json));

		clinic.post(therapist.token(), planId, body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);

		assertThat(clinic.entries(planId)).isZero();
	}

	@Test
	void anUnknownFieldIsRefused() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		Map<String, Object> body = new HashMap<>(AdherenceFixtures.report(stretch, today.minusDays(1), 5, 2));
		body.put("adherencePercent", 100);

		clinic.post(therapist.token(), planId, body).expectStatus().isBadRequest();

		assertThat(clinic.entries(planId)).isZero();
	}

	@Test
	void anUnknownPlanIsNotFound() {
		clinic
			.post(therapist.token(), UUID.randomUUID(),
					AdherenceFixtures.report(UUID.randomUUID(), today.minusDays(1), 5, null))
			.expectStatus()
			.isNotFound();
	}

	private void expectNotInForce(UUID plan, Map<String, Object> body) {
		clinic.post(therapist.token(), plan, body)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "prescription-not-in-force");
	}

	private UUID accountOf(SignedInTherapist signedIn) {
		return jdbc.sql("select id from staff_account where therapist_id = :id")
			.param("id", signedIn.therapistId())
			.query(UUID.class)
			.single();
	}

}

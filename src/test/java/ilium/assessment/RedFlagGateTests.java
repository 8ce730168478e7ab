package ilium.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md: the red-flag gate guards every door to treatment. A referral stops the plan,
 * the home program and the prescriptions at once; only a physician's clearance opens them
 * again, never a later clear screening.
 */
@HttpTest
class RedFlagGateTests {

	private static final String UNRESOLVED = "https://ilium.example/problems/unresolved-red-flags";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	String token;

	UUID patientId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		token = therapist.token();
		patientId = clinic.newPatient();
	}

	@Test
	void aPatientWithPossibleCaudaEquinaMeetsAClosedDoorEverywhereUntilAPhysicianClearsThem() {
		String planId = clinic
			.activePlan(token, patientId, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL,
					ClinicalFixtures.today())
			.get("id")
			.asString();
		assertThat(homeProgram(planId).get("exercises").size()).isEqualTo(3);
		String prescriptionId = plan(planId).get("prescriptions").get(0).get("id").asString();

		String referral = clinic.screen(token, patientId, "saddleAnesthesia").get("id").asString();

		JsonNode held = plan(planId);
		assertThat(held.get("status").asString()).isEqualTo("ON_HOLD");
		JsonNode lastChange = held.get("statusHistory").get(held.get("statusHistory").size() - 1);
		assertThat(lastChange.get("status").asString()).isEqualTo("ON_HOLD");
		assertThat(lastChange.get("reason").asString()).contains("POSSIBLE_CAUDA_EQUINA");
		assertThat(lastChange.get("by").asString()).isNotBlank();
		JsonNode program = homeProgram(planId);
		assertThat(program.get("programStatus").asString()).isEqualTo("ON_HOLD");
		assertThat(program.get("exercises").isEmpty()).isTrue();
		clinic.post(token, prescriptions(planId), bridge())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		clinic.patch(token, prescriptions(planId) + "/" + prescriptionId, Map.of("reps", 5))
			.expectStatus()
			.isEqualTo(422);

		clinic.screen(token, patientId);
		clinic.post(token, "/api/v1/treatment-plans/" + planId + "/resume", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_CAUDA_EQUINA");

		clinic.post(token, "/api/v1/treatment-plans/" + planId + "/discontinue", Map.of("reason", "Try a new plan"))
			.expectStatus()
			.isOk();
		String secondPlan = clinic.createPlan(token, patientId, therapist.therapistId(), null).get("id").asString();
		clinic.post(token, "/api/v1/treatment-plans/" + secondPlan + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);

		UUID visit = clinic.newAppointment(patientId, therapist.therapistId());
		Map<String, Object> manipulation = Map.of("technique", "MANIPULATION", "region", "SACROILIAC_JOINT", "side",
				"LEFT", "grade", 5, "minutes", 5);
		Map<String, Object> note = new HashMap<>(Map.of("subjective", "Numb when sitting on the toilet seat",
				"assessment", "Possible cauda equina: sent to the emergency department", "manualTherapy",
				List.of(manipulation)));
		clinic.post(token, "/api/v1/appointments/" + visit + "/visit-note", note)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		note.remove("manualTherapy");
		clinic.post(token, "/api/v1/appointments/" + visit + "/visit-note", note).expectStatus().isCreated();

		clear(referral, ClinicalFixtures.today()).expectStatus().isOk();
		clinic.activate(token, secondPlan);
	}

	@Test
	void aReferralPutsTheActivePlanOnHoldAndOnlyAClearanceLetsItResume() {
		String planId = clinic.activePlan(token, patientId, therapist.therapistId(), null, ClinicalFixtures.today())
			.get("id")
			.asString();
		String referral = clinic.screen(token, patientId, "fever").get("id").asString();
		assertThat(plan(planId).get("status").asString()).isEqualTo("ON_HOLD");
		clinic.post(token, "/api/v1/treatment-plans/" + planId + "/resume", Map.of()).expectStatus().isEqualTo(422);

		clear(referral, ClinicalFixtures.today()).expectStatus().isOk();
		JsonNode resumed = clinic.post(token, "/api/v1/treatment-plans/" + planId + "/resume", Map.of())
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(resumed.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(resumed.get("statusHistory").valueStream().map(c -> c.get("status").asString()))
			.containsExactly("DRAFT", "ACTIVE", "ON_HOLD", "ACTIVE");
		assertThat(homeProgram(planId).get("programStatus").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aProtocolsExercisesAreNotCopiedIntoAPlanWhileAReferralIsUncleared() {
		clinic.screen(token, patientId, "bladderOrBowelDysfunction");
		clinic
			.post(token, "/api/v1/patients/" + patientId + "/treatment-plans",
					ClinicalFixtures.plan(therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		clinic
			.post(token, "/api/v1/patients/" + patientId + "/treatment-plans",
					ClinicalFixtures.plan(therapist.therapistId(), null))
			.expectStatus()
			.isCreated();
		assertThat(jdbc
			.sql("select count(*) from prescription p join treatment_plan t on t.id = p.plan_id"
					+ " where t.patient_id = :id")
			.param("id", patientId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNewerClearScreeningNeverResolvesAnEarlierReferral() {
		clinic.screen(token, patientId, "majorTrauma");
		clinic.screen(token, patientId);
		String planId = clinic.createPlan(token, patientId, therapist.therapistId(), null).get("id").asString();
		clinic.post(token, "/api/v1/treatment-plans/" + planId + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED)
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_FRACTURE");
	}

	@Test
	void activationNeedsAScreeningAtMostThirtyDaysOld() {
		screenOn(ClinicalFixtures.today().minusDays(31));
		String planId = clinic.createPlan(token, patientId, therapist.therapistId(), null).get("id").asString();
		clinic.post(token, "/api/v1/treatment-plans/" + planId + "/activate", Map.of())
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/screening-required");
		screenOn(ClinicalFixtures.today().minusDays(30));
		clinic.activate(token, planId);
	}

	@Test
	void aScreeningIsTakenBetweenAYearAgoAndToday() {
		for (LocalDate day : new LocalDate[] { ClinicalFixtures.today().plusDays(1),
				ClinicalFixtures.today().minusYears(1).minusDays(1) }) {
			Map<String, Object> body = ClinicalFixtures.screening();
			body.put("screenedOn", day.toString());
			clinic.post(token, "/api/v1/patients/" + patientId + "/screenings", body)
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("screenedOn");
		}
	}

	@Test
	void aClearanceIsDatedBetweenTheScreeningAndToday() {
		String referral = screenOn(ClinicalFixtures.today().minusDays(5), "majorTrauma");
		for (LocalDate day : new LocalDate[] { LocalDate.of(2099, 1, 1), ClinicalFixtures.today().minusDays(6) }) {
			clear(referral, day).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("clearedOn");
		}
		clear(referral, ClinicalFixtures.today().minusDays(5)).expectStatus().isOk();
	}

	@Test
	void aClearanceNamesAValidNpiOrNone() {
		String referral = clinic.screen(token, patientId, "historyOfCancer").get("id").asString();
		Map<String, Object> body = new HashMap<>(
				Map.of("clearedBy", "Dr. Ada Lee", "clearedOn", ClinicalFixtures.today().toString()));
		for (String wrong : new String[] { "1234567890", "123456789", "12345678a3" }) {
			body.put("clearedByNpi", wrong);
			clinic.post(token, clearance(referral), body)
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("clearedByNpi");
		}
		// The NPI the CMS uses to show the check digit: 1234567893.
		body.put("clearedByNpi", "1234567893");
		clinic.post(token, clearance(referral), body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clearance.clearedByNpi")
			.isEqualTo("1234567893")
			.jsonPath("$.resolved")
			.isEqualTo(true);
	}

	private String screenOn(LocalDate day, String... yes) {
		Map<String, Object> body = ClinicalFixtures.screening(yes);
		body.put("screenedOn", day.toString());
		return clinic.post(token, "/api/v1/patients/" + patientId + "/screenings", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private RestTestClient.ResponseSpec clear(String screeningId, LocalDate on) {
		return clinic.post(token, clearance(screeningId),
				Map.of("clearedBy", "Dr. Ruth Alvarez", "clearedOn", on.toString()));
	}

	private String clearance(String screeningId) {
		return "/api/v1/patients/" + patientId + "/screenings/" + screeningId + "/clearance";
	}

	private JsonNode plan(String planId) {
		return clinic.get(token, "/api/v1/treatment-plans/" + planId)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private JsonNode homeProgram(String planId) {
		return clinic.get(token, "/api/v1/treatment-plans/" + planId + "/home-program")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static String prescriptions(String planId) {
		return "/api/v1/treatment-plans/" + planId + "/prescriptions";
	}

	private static Map<String, Object> bridge() {
		return Map.of("exerciseId", ClinicalFixtures.BACK_BRIDGE, "sets", 1, "reps", 10, "holdSeconds", 5,
				"timesPerDay", 1, "daysPerWeek", 5, "side", "BOTH");
	}

}

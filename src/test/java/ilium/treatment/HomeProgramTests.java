package ilium.treatment;

import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md: the home program on a day is what was true that day: only prescriptions
 * prescribed by then and not yet stopped, at that day's dose, and only while the plan was
 * ACTIVE; otherwise none, and {@code programStatus} says why.
 */
@HttpTest
class HomeProgramTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	LocalDate today;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
		today = ClinicalFixtures.today();
	}

	@Test
	void aPrescriptionAddedTodayIsNotInTheProgramOfThreeWeeksAgo() {
		UUID planId = clinic.planActiveSince(patientId, therapist.therapistId(), today.minusDays(28));
		clinic.prescribedOn(planId, ClinicalFixtures.HIP_ABDUCTOR_STRETCH, today.minusDays(28));
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + planId + "/prescriptions", bridge())
			.expectStatus()
			.isCreated();

		JsonNode threeWeeksAgo = program(planId, today.minusDays(21));
		assertThat(threeWeeksAgo.get("programStatus").asString()).isEqualTo("ACTIVE");
		assertThat(threeWeeksAgo.get("exercises").valueStream().map(e -> e.get("name").asString()))
			.containsExactly("Hip abductor stretch");
		assertThat(program(planId, today).get("exercises").valueStream().map(e -> e.get("name").asString()))
			.containsExactly("Hip abductor stretch", "Back bridge");
	}

	@Test
	void theDoseOfAnEarlierDayIsTheDoseInForceThatDay() {
		UUID planId = clinic.planActiveSince(patientId, therapist.therapistId(), today.minusDays(14));
		UUID stretch = clinic.prescribedOn(planId, ClinicalFixtures.HIP_ABDUCTOR_STRETCH, today.minusDays(14));
		clinic
			.patch(therapist.token(), "/api/v1/treatment-plans/" + planId + "/prescriptions/" + stretch,
					Map.of("sets", 3))
			.expectStatus()
			.isOk();
		assertThat(program(planId, today.minusDays(1)).get("exercises").get(0).get("sets").asInt()).isEqualTo(1);
		assertThat(program(planId, today).get("exercises").get(0).get("sets").asInt()).isEqualTo(3);
	}

	@Test
	void aPlanNeverActivatedHasNoHomeProgram() {
		String draft = clinic
			.createPlan(therapist.token(), patientId, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL)
			.get("id")
			.asString();
		expectPlanNotActive(draft);
		clinic
			.post(therapist.token(), "/api/v1/treatment-plans/" + draft + "/discontinue",
					Map.of("reason", "Patient chose surgery"))
			.expectStatus()
			.isOk();
		expectPlanNotActive(draft);
	}

	@Test
	void anEndedPlanListsNothingAndSaysEnded() {
		String planId = clinic
			.activePlan(therapist.token(), patientId, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL, today)
			.get("id")
			.asString();
		JsonNode discontinued = clinic
			.post(therapist.token(), "/api/v1/treatment-plans/" + planId + "/discontinue",
					Map.of("reason", "Moved away"))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(discontinued.get("prescriptions").valueStream().map(p -> p.get("active").asBoolean()))
			.containsOnly(false);
		JsonNode ended = program(planId.toString(), today);
		assertThat(ended.get("programStatus").asString()).isEqualTo("ENDED");
		assertThat(ended.get("exercises").isEmpty()).isTrue();
	}

	@Test
	void beforeThePlanStartsTheProgramIsNotStarted() {
		String planId = clinic
			.activePlan(therapist.token(), patientId, therapist.therapistId(), ClinicalFixtures.SEEDED_PROTOCOL,
					today.plusDays(7))
			.get("id")
			.asString();
		JsonNode early = program(planId, today);
		assertThat(early.get("programStatus").asString()).isEqualTo("NOT_STARTED");
		assertThat(early.get("exercises").isEmpty()).isTrue();
		assertThat(program(planId, today.plusDays(7)).get("exercises").size()).isEqualTo(3);
	}

	private void expectPlanNotActive(String planId) {
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId + "/home-program")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/plan-not-active");
	}

	private JsonNode program(Object planId, LocalDate on) {
		return clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId + "/home-program?on=" + on)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> bridge() {
		return Map.of("exerciseId", ClinicalFixtures.BACK_BRIDGE, "sets", 1, "reps", 10, "holdSeconds", 5,
				"timesPerDay", 1, "daysPerWeek", 5, "side", "BOTH");
	}

}

package ilium.web;

import java.time.LocalDate;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.episode.Episodes;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

import static ilium.treatment.ClinicalFixtures.SEEDED_PROTOCOL;
import static ilium.treatment.ClinicalFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: {@code /app/plans/{id}}, the plan as its therapist works with it. The
 * page reads and changes the plan through the API's own calls: what it changes is what
 * the API then answers, and what the API refuses the page refuses in words, changing
 * nothing.
 */
@HttpTest
class PlanPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	ClinicalFixtures clinical;

	UUID therapist;

	String token;

	UUID patient;

	PageVisitor therapistPages;

	@BeforeEach
	void signIn() {
		clinical = new ClinicalFixtures(http, jdbc);
		therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		token = staff.token(username, Staff.PASSWORD);
		patient = clinical.newPatient();
		therapistPages = new PageVisitor(port);
		therapistPages.signIn(username, Staff.PASSWORD);
	}

	@Test
	void showsStatusGoalsPrescriptionsAndTheirDoseHistory() {
		JsonNode plan = clinical.activePlan(token, patient, therapist, SEEDED_PROTOCOL, today());
		JsonNode prescription = plan.get("prescriptions").get(0);
		clinical.patch(token, prescriptionUri(plan, prescription), Map.of("sets", 4)).expectStatus().isOk();

		HttpResponse<String> page = therapistPages.get("/app/plans/" + plan.get("id").asString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Status: <span>Active</span>")
			.contains("Sit through a workday without pain")
			.contains(prescription.get("exerciseName").asString())
			.contains("Dose history of " + prescription.get("exerciseName").asString())
			.contains("(in force)")
			.contains("Print the handout (PDF)")
			.contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(java.time.Instant.parse(plan.get("statusHistory").get(0).get("at").asString())
					.atZone(ilium.Clinic.ZONE)));
	}

	@Test
	void showsTheEpisodeStartTheApiAnswersAndNoReferralWarningForAPatientScreenedClear() {
		Episodes episodes = new Episodes(http, jdbc, new Staff.SignedInTherapist(therapist, token));
		Episodes.Episode episode = episodes.plan(LocalDate.of(2027, 1, 4), 6);
		String path = "/app/plans/" + episode.planId();
		assertThat(therapistPages.get(path).body()).contains("Episode start</dt><dd>No treatment day yet</dd>");

		episodes.treat(episode, LocalDate.of(2027, 1, 4));

		assertThat(therapistPages.get(path).body()).contains("Episode start</dt><dd>2027-01-04</dd>")
			.doesNotContain("id=\"referral-warning\"");
	}

	@Test
	void aDoseChangedOnThePageIsTheDoseTheApiAnswers() {
		JsonNode plan = clinical.activePlan(token, patient, therapist, SEEDED_PROTOCOL, today());
		JsonNode prescription = plan.get("prescriptions").get(0);
		String path = "/app/plans/" + plan.get("id").asString();
		therapistPages.get(path);

		HttpResponse<String> changed = therapistPages.submit(
				path + "/prescriptions/" + prescription.get("id").asString() + "/dose",
				Map.of("version", plan.get("version").asString(), "sets", "5", "reps", "12", "holdSeconds", "20",
						"timesPerDay", "3", "daysPerWeek", "6"));

		assertThat(changed.statusCode()).isEqualTo(302);
		JsonNode now = clinical.get(token, prescriptionUri(plan, prescription))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(now.get("sets").asInt()).isEqualTo(5);
		assertThat(now.get("reps").asInt()).isEqualTo(12);
		assertThat(now.get("holdSeconds").asInt()).isEqualTo(20);
		assertThat(now.get("timesPerDay").asInt()).isEqualTo(3);
		assertThat(now.get("daysPerWeek").asInt()).isEqualTo(6);
		assertThat(therapistPages.get(path).body()).contains("The new dose is in force from today.");
	}

	@Test
	void anActivationTheGateRefusesIsSaidInWordsAndChangesNothing() {
		clinical.screen(token, patient);
		JsonNode draft = clinical.createPlan(token, patient, therapist, SEEDED_PROTOCOL);
		clinical.screen(token, patient, "fever", "deepThighPain", "difficultyWalking");
		String path = "/app/plans/" + draft.get("id").asString();
		assertThat(therapistPages.get(path).body()).contains("id=\"referral-warning\"");

		HttpResponse<String> refused = therapistPages.submit(path + "/activate",
				Map.of("version", draft.get("version").asString()));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("role=\"alert\"").contains("referral");
		assertThat(clinical.get(token, "/api/v1/treatment-plans/" + draft.get("id").asString())
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("status")
			.asString()).isEqualTo("DRAFT");
	}

	@Test
	void aPrescriptionUnderAnUrgentReferralIsRefusedAndNothingIsPrescribed() {
		JsonNode plan = clinical.activePlan(token, patient, therapist, SEEDED_PROTOCOL, today());
		int before = plan.get("prescriptions").size();
		clinical.screen(token, patient, "fever", "deepThighPain", "difficultyWalking");
		String path = "/app/plans/" + plan.get("id").asString();
		therapistPages.get(path);

		HttpResponse<String> refused = therapistPages.submit(path + "/prescriptions",
				Map.of("exerciseId", ClinicalFixtures.BACK_BRIDGE, "sets", "2", "reps", "10", "holdSeconds", "5",
						"timesPerDay", "2", "daysPerWeek", "7", "side", "BOTH"));

		assertThat(refused.statusCode()).isBetween(400, 499);
		assertThat(refused.body()).contains("role=\"alert\"");
		assertThat(clinical.get(token, "/api/v1/treatment-plans/" + plan.get("id").asString())
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("prescriptions")
			.size()).isEqualTo(before);
	}

	@Test
	void otherRolesAreRefusedThePlanAndItsHandoutOnAPageAndTheRefusalIsAudited() {
		JsonNode plan = clinical.activePlan(token, patient, therapist, SEEDED_PROTOCOL, today());
		String deskUser = staff.newAccount("FRONT_DESK", null);
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(deskUser, Staff.PASSWORD);
		String adminUser = staff.newAccount("ADMIN", null);
		PageVisitor admin = new PageVisitor(port);
		admin.signIn(adminUser, Staff.PASSWORD);
		String path = "/app/plans/" + plan.get("id").asString();

		HttpResponse<String> deskPlan = desk.get(path);
		HttpResponse<String> deskHandout = desk.get(path + "/handout.pdf");
		HttpResponse<String> adminPlan = admin.get(path);

		for (HttpResponse<String> refused : List.of(deskPlan, deskHandout, adminPlan)) {
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("This page is not open to your role.")
				.doesNotContain(plan.get("id").asString());
		}
		assertThat(deniedReads(deskUser)).isEqualTo(2);
		assertThat(deniedReads(adminUser)).isEqualTo(1);
	}

	private long deniedReads(String username) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where username = :username and action = 'READ' and outcome = 'DENIED'
				""").param("username", username).query(Long.class).single();
	}

	@Test
	void aFormWithoutItsCsrfTokenChangesNothing() {
		JsonNode plan = clinical.activePlan(token, patient, therapist, SEEDED_PROTOCOL, today());
		String path = "/app/plans/" + plan.get("id").asString();

		HttpResponse<String> refused = therapistPages.post(path + "/discontinue",
				Map.of("version", plan.get("version").asString(), "reason", "Moved away"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(clinical.get(token, "/api/v1/treatment-plans/" + plan.get("id").asString())
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("status")
			.asString()).isEqualTo("ACTIVE");
	}

	private static String prescriptionUri(JsonNode plan, JsonNode prescription) {
		return "/api/v1/treatment-plans/" + plan.get("id").asString() + "/prescriptions/"
				+ prescription.get("id").asString();
	}

}

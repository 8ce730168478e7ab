package ilium.web;

import java.net.http.HttpResponse;
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
import ilium.outcomes.Outcomes;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

import static ilium.treatment.ClinicalFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the therapist's chart. The screening's red flags and disposition show
 * from the answers before anything is recorded (the assessment module's own rule), an
 * urgent referral stops a plan from being started here as it does in the API, and each
 * instrument's outcomes are drawn with their MCID band beside a table.
 */
@HttpTest
class ChartPageTests {

	static final Map<String, String> INFECTION = Map.of("fever", "yes", "lowBackOrButtockPain", "yes", "deepThighPain",
			"yes", "difficultyWalking", "yes");

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

	String chart;

	PageVisitor therapistPages;

	@BeforeEach
	void signIn() {
		clinical = new ClinicalFixtures(http, jdbc);
		therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		token = staff.token(username, Staff.PASSWORD);
		patient = clinical.newPatient();
		chart = "/app/patients/" + patient + "/chart";
		therapistPages = new PageVisitor(port);
		therapistPages.signIn(username, Staff.PASSWORD);
	}

	@Test
	void showsTheUrgentReferralFromTheAnswersBeforeAnythingIsRecorded() {
		assertThat(therapistPages.get(chart).statusCode()).isEqualTo(200);

		HttpResponse<String> preview = therapistPages.submit(chart + "/screening-preview", INFECTION);

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Urgent referral")
			.contains("Possible si joint infection")
			.contains("do not treat")
			.doesNotContain("<html");
		assertThat(screenings()).isEmpty();
		assertThat(therapistPages.submit(chart + "/screening-preview", Map.of()).body()).contains("Clear to treat");
	}

	@Test
	void anUrgentReferralLetsAPlanBeDraftedButNotActivated() {
		therapistPages.get(chart);
		assertThat(therapistPages.submit(chart + "/screenings", INFECTION).statusCode()).isEqualTo(302);
		assertThat(screenings().get(0).get("disposition").asString()).isEqualTo("URGENT_REFERRAL");
		String warned = therapistPages.get(chart).body();
		assertThat(warned).contains("Screening recorded: urgent referral.").contains("id=\"referral-warning\"");

		HttpResponse<String> drafted = therapistPages.submit(chart + "/plans", plan());
		String planPage = drafted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		JsonNode plan = plans().get(0);
		therapistPages.get(planPage);
		HttpResponse<String> refused = therapistPages.submit(planPage + "/activate",
				Map.of("version", plan.get("version").asString()));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("role=\"alert\"").contains("POSSIBLE_SI_JOINT_INFECTION");
		assertThat(plans().get(0).get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aPlanStartedAfterAClearScreeningOpensItsPage() {
		therapistPages.get(chart);
		therapistPages.submit(chart + "/screenings", Map.of());

		HttpResponse<String> started = therapistPages.submit(chart + "/plans", plan());

		assertThat(started.statusCode()).isEqualTo(302);
		JsonNode plan = plans().get(0);
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		assertThat(plan.get("goals").get(0).get("description").asString()).isEqualTo("Sit through a workday");
		assertThat(started.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/plans/" + plan.get("id").asString()));
	}

	@Test
	void drawsEachInstrumentsTrendWithItsMcidBandAndATable() {
		UUID plan = clinical.planActiveSince(patient, therapist, today().minusDays(30));
		Outcomes outcomes = new Outcomes(jdbc);
		outcomes.nprs(patient, plan, today().minusDays(28), 8);
		outcomes.nprs(patient, plan, today().minusDays(14), 6);
		outcomes.nprs(patient, plan, today().minusDays(1), 3);

		String page = therapistPages.get(chart).body();

		assertThat(page).contains("class=\"chart trend\"")
			.contains("class=\"mcid-band\"")
			.contains("<polyline")
			.contains("NPRS: Clinically important improvement since the baseline")
			.contains("<td>" + today().minusDays(14) + "</td><td>6</td>");
	}

	@Test
	void readsTheChartAsTheApiReadsItsParts() {
		long before = clinical.auditCount(patient, "screening", "ALLOWED");

		therapistPages.get(chart);

		assertThat(clinical.auditCount(patient, "screening", "ALLOWED")).isEqualTo(before + 1);
	}

	@Test
	void isTheTherapistsOnly() {
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		PageVisitor admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);

		assertThat(desk.get(chart).statusCode()).isEqualTo(403);
		assertThat(admin.get(chart).statusCode()).isEqualTo(403);
		assertThat(desk.get("/app/patients/" + patient).body()).doesNotContain(chart);
		assertThat(therapistPages.get("/app/patients/" + patient).body()).contains("href=\"" + chart + "\"");
	}

	@Test
	void aScreeningWithoutItsCsrfTokenIsNotRecorded() {
		assertThat(therapistPages.post(chart + "/screenings", INFECTION).statusCode()).isEqualTo(403);
		assertThat(screenings()).isEmpty();
	}

	private Map<String, String> plan() {
		return Map.of("diagnosisCode", "M53.3", "goal", "Sit through a workday", "visitsPerWeek", "2", "durationWeeks",
				"6", "startDate", today().toString());
	}

	private java.util.List<JsonNode> screenings() {
		return content("/api/v1/patients/" + patient + "/screenings");
	}

	private java.util.List<JsonNode> plans() {
		return content("/api/v1/patients/" + patient + "/treatment-plans");
	}

	private java.util.List<JsonNode> content(String uri) {
		JsonNode page = clinical.get(token, uri).expectBody(JsonNode.class).returnResult().getResponseBody();
		java.util.List<JsonNode> items = new java.util.ArrayList<>();
		(page.has("content") ? page.get("content") : page).forEach(items::add);
		return items;
	}

}

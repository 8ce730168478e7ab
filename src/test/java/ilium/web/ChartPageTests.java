package ilium.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import ilium.outcomes.Outcomes;
import ilium.scheduling.Appointments;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import ilium.visits.Visits;
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
		List<String> parts = List.of("patient", "screening", "evaluation", "treatment-plan", "outcome-measure");
		Map<String, Long> before = new java.util.HashMap<>();
		parts.forEach(part -> before.put(part, clinical.auditCount(patient, part, "ALLOWED")));

		assertThat(therapistPages.get(chart).statusCode()).isEqualTo(200);

		parts.forEach(part -> assertThat(clinical.auditCount(patient, part, "ALLOWED")).as(part)
			.isEqualTo(before.get(part) + 1));
	}

	@Test
	void anUrgentReferralRefusesAPlanFromAProtocolInWordsAndStartsNone() {
		therapistPages.get(chart);
		therapistPages.submit(chart + "/screenings", INFECTION);

		Map<String, String> fromProtocol = new java.util.HashMap<>(plan());
		fromProtocol.put("protocolId", ClinicalFixtures.SEEDED_PROTOCOL);
		HttpResponse<String> refused = therapistPages.submit(chart + "/plans", fromProtocol);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"plan-refusal\"")
			.contains("POSSIBLE_SI_JOINT_INFECTION")
			.contains("record the physician&#39;s clearance on that screening before treating");
		assertThat(plans()).isEmpty();
	}

	@Test
	void aPhysiciansClearanceResolvesTheReferralAndTheProtocolPlanStarts() {
		therapistPages.get(chart);
		therapistPages.submit(chart + "/screenings", INFECTION);
		String screening = screenings().get(0).get("id").asString();
		assertThat(therapistPages.get(chart).body()).contains("Record the clearance");

		HttpResponse<String> cleared = therapistPages.submit(chart + "/screenings/" + screening + "/clearance",
				Map.of("clearedBy", "Dr. Ruth Okafor", "clearedOn", today().toString()));

		assertThat(cleared.statusCode()).isEqualTo(302);
		assertThat(screenings().get(0).get("resolved").asBoolean()).isTrue();
		Map<String, String> fromProtocol = new java.util.HashMap<>(plan());
		fromProtocol.put("protocolId", ClinicalFixtures.SEEDED_PROTOCOL);
		assertThat(therapistPages.submit(chart + "/plans", fromProtocol).statusCode()).isEqualTo(302);
		assertThat(therapistPages.get(chart).body()).contains("SI joint conservative care, version 1");
	}

	@Test
	void aClearanceAfterTodayIsRefusedNextToItsFormAndChangesNothing() {
		therapistPages.get(chart);
		therapistPages.submit(chart + "/screenings", INFECTION);
		String screening = screenings().get(0).get("id").asString();

		HttpResponse<String> refused = therapistPages.submit(chart + "/screenings/" + screening + "/clearance",
				Map.of("clearedBy", "Dr. Ruth Okafor", "clearedOn", today().plusDays(1).toString()));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("clearedOn");
		assertThat(screenings().get(0).get("resolved").asBoolean()).isFalse();
	}

	@Test
	void aRefusedClearanceIsSaidOnlyAtItsOwnScreening() {
		therapistPages.get(chart);
		therapistPages.submit(chart + "/screenings", INFECTION);
		therapistPages.submit(chart + "/screenings", INFECTION);
		String screening = screenings().get(0).get("id").asString();

		String page = therapistPages
			.submit(chart + "/screenings/" + screening + "/clearance",
					Map.of("clearedBy", "", "clearedOn", today().toString()))
			.body();

		assertThat(page.split("Record the clearance", -1)).as("two clearance forms").hasSize(3);
		assertThat(page.split("clearedBy: ", -1)).as("one refusal on the page").hasSize(2);
		int form = page.indexOf("/screenings/" + screening + "/clearance");
		assertThat(page.substring(form, page.indexOf("</form>", form))).contains("clearedBy: ");
		assertThat(screenings()).allSatisfy(s -> assertThat(s.get("resolved").asBoolean()).isFalse());
	}

	@Test
	void anUnknownInstrumentIsRefusedInWordsAndNothingIsRecorded() {
		therapistPages.get(chart);

		HttpResponse<String> refused = therapistPages.submit(chart + "/outcomes",
				Map.of("instrument", "VAS", "takenOn", today().toString(), "score", "4"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Choose one of the instruments listed.");
		assertThat(content("/api/v1/patients/" + patient + "/outcomes")).isEmpty();
	}

	@Test
	void anEvaluationShowsItsLaslettCluster() {
		therapistPages.get(chart);

		HttpResponse<String> recorded = therapistPages.submit(chart + "/evaluations",
				Map.of("distraction", "POSITIVE", "thighThrust", "POSITIVE", "compression", "NEGATIVE", "sacralThrust",
						"NOT_TESTED", "gaenslen", "POSITIVE", "painSide", "LEFT", "nprs", "6"));

		assertThat(recorded.statusCode()).isEqualTo(302);
		JsonNode evaluation = content("/api/v1/patients/" + patient + "/evaluations").get(0);
		assertThat(evaluation.get("cluster").get("result").asString()).isEqualTo("SUPPORTS_SI_JOINT_PAIN");
		assertThat(therapistPages.get(chart).body()).contains("Evaluation recorded: supports si joint pain.")
			.contains("<td>3 of 4</td>")
			.contains("<td class=\"cluster\">Supports si joint pain</td>");
	}

	@Test
	void measuresRecordedOnThePageAreListedAndDrawn() {
		therapistPages.get(chart);

		assertThat(therapistPages
			.submit(chart + "/outcomes",
					Map.of("instrument", "NPRS", "takenOn", today().minusDays(14).toString(), "score", "7"))
			.statusCode()).isEqualTo(302);
		assertThat(therapistPages
			.submit(chart + "/outcomes", Map.of("instrument", "NPRS", "takenOn", today().toString(), "score", "4"))
			.statusCode()).isEqualTo(302);
		Map<String, String> rmdq = new java.util.HashMap<>(Map.of("instrument", "RMDQ", "takenOn", today().toString()));
		for (int statement = 1; statement <= 5; statement++) {
			rmdq.put("rmdq" + statement, "yes");
		}
		assertThat(therapistPages.submit(chart + "/outcomes", rmdq).statusCode()).isEqualTo(302);

		assertThat(content("/api/v1/patients/" + patient + "/outcomes"))
			.extracting(measure -> measure.get("instrument").asString() + " " + measure.get("score").asString())
			.containsExactlyInAnyOrder("NPRS 7", "NPRS 4", "RMDQ 5");
		String page = therapistPages.get(chart).body();
		assertThat(page).contains("aria-labelledby=\"trend-NPRS-title\"")
			.contains("aria-labelledby=\"trend-RMDQ-title\"")
			.contains("class=\"mcid-band\"")
			.contains("NPRS: Clinically important improvement since the baseline")
			.contains("<td>" + today().minusDays(14) + "</td><td>7</td>");
	}

	@Test
	void listsTheVisitNotesWithTheirAuthorLinkedToEachNote() {
		UUID visit = new Appointments(jdbc).checkedIn(patient, therapist, "FOLLOW_UP",
				Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS));
		UUID note = new Visits(jdbc, http).opened(token, visit, Map.of("subjective", "Sore after the drive"));
		String author = jdbc.sql("select first_name || ' ' || last_name from therapist where id = :id")
			.param("id", therapist)
			.query(String.class)
			.single();

		String page = therapistPages.get(chart).body();

		assertThat(page).contains("href=\"/app/notes/" + note + "\"")
			.contains("<td>" + author + "</td>")
			.contains("href=\"/app/patients/" + patient + "/notes/new\">Write a visit note</a>");
	}

	@Test
	void anOdiWithTooFewSectionsIsRefusedInWordsAndNotRecorded() {
		therapistPages.get(chart);

		HttpResponse<String> refused = therapistPages.submit(chart + "/outcomes",
				Map.of("instrument", "ODI", "takenOn", today().toString(), "odi1", "3", "odi2", "2"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains(">answers: At least 8 of the 10 sections must be answered.<");
		assertThat(content("/api/v1/patients/" + patient + "/outcomes")).isEmpty();
	}

	@Test
	void isTheTherapistsOnly() {
		String deskName = staff.newAccount("FRONT_DESK", null);
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(deskName, Staff.PASSWORD);
		String adminName = staff.newAccount("ADMIN", null);
		PageVisitor admin = new PageVisitor(port);
		admin.signIn(adminName, Staff.PASSWORD);

		HttpResponse<String> deskRefused = desk.get(chart);
		HttpResponse<String> adminRefused = admin.get(chart);

		assertThat(deskRefused.statusCode()).isEqualTo(403);
		assertThat(deskRefused.body()).contains("This page is not open to your role.");
		assertThat(adminRefused.statusCode()).isEqualTo(403);
		assertThat(adminRefused.body()).contains("This page is not open to your role.");
		assertThat(denied(deskName)).isEqualTo(1);
		assertThat(denied(adminName)).isEqualTo(1);
		assertThat(screenings()).isEmpty();
		assertThat(desk.get("/app/patients/" + patient).body()).doesNotContain(chart);
		assertThat(therapistPages.get("/app/patients/" + patient).body()).contains("href=\"" + chart + "\">Chart</a>");
	}

	@Test
	void aScreeningWithoutItsCsrfTokenIsNotRecorded() {
		assertThat(therapistPages.post(chart + "/screenings", INFECTION).statusCode()).isEqualTo(403);
		assertThat(screenings()).isEmpty();
	}

	private long denied(String username) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where username = :username and action = 'READ' and outcome = 'DENIED'
				""").param("username", username).query(Long.class).single();
	}

	private Map<String, String> plan() {
		return Map.of("diagnosisCode", "M53.3", "goal", "Sit through a workday", "visitsPerWeek", "2", "durationWeeks",
				"6", "startDate", today().toString());
	}

	private List<JsonNode> screenings() {
		return content("/api/v1/patients/" + patient + "/screenings");
	}

	private List<JsonNode> plans() {
		return content("/api/v1/patients/" + patient + "/treatment-plans");
	}

	private List<JsonNode> content(String uri) {
		JsonNode page = clinical.get(token, uri).expectBody(JsonNode.class).returnResult().getResponseBody();
		List<JsonNode> items = new java.util.ArrayList<>();
		(page.has("content") ? page.get("content") : page).forEach(items::add);
		return items;
	}

}

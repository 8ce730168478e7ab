package ilium.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

import static ilium.treatment.ClinicalFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, How it is tested: the red-flag story in a real headless Chromium. A therapist
 * ticks the answers of an SI joint infection (DOMAIN.md: fever, low back or buttock pain,
 * deep thigh pain, difficulty walking), sees the urgent referral before anything is
 * recorded, records it, and is then refused a plan in words: the urgent referral stops
 * this door in the UI as it does in the API.
 */
@HttpTest
class RedFlagBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void anSiJointInfectionShowsAnUrgentReferralBeforeSavingAndThenStopsAPlan() {
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		UUID therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		String token = staff.token(username, Staff.PASSWORD);
		UUID patient = clinical.newPatient();
		String outcomes = "/api/v1/patients/" + patient + "/outcomes";
		clinical
			.post(token, outcomes,
					Map.of("instrument", "NPRS", "takenOn", today().minusDays(21).toString(), "score", 8))
			.expectStatus()
			.isCreated();
		clinical
			.post(token, outcomes, Map.of("instrument", "NPRS", "takenOn", today().minusDays(7).toString(), "score", 7))
			.expectStatus()
			.isCreated();
		String chart = "/app/patients/" + patient + "/chart";

		browser.signIn(username, "/app/my-day");
		browser.visit(chart);
		browser.assertAccessible();

		browser.click("#q-fever");
		browser.click("#q-lowBackOrButtockPain");
		browser.click("#q-deepThighPain");
		browser.click("#q-difficultyWalking");
		browser.waitForText("#triage", "Urgent referral");
		browser.waitForText("#triage", "Possible si joint infection");
		assertThat(list(clinical, token, "/api/v1/patients/" + patient + "/screenings"))
			.as("shown before anything is recorded")
			.isEmpty();
		assertThat(browser.path()).isEqualTo(chart);
		browser.assertAccessible();
		browser.scrollTo("#triage");
		browser.screenshot("patient-chart");

		browser.click("form.screening button[type=submit]");
		browser.waitForText("main .notice", "Screening recorded: urgent referral.");
		JsonNode screening = list(clinical, token, "/api/v1/patients/" + patient + "/screenings").get(0);
		assertThat(screening.get("disposition").asString()).isEqualTo("URGENT_REFERRAL");

		new Select(browser.find("#protocolId")).selectByVisibleText("SI joint conservative care");
		browser.type("First goal", "Walk to the shop without pain");
		browser.click("form.start-plan button[type=submit]");
		browser.waitForText("#plan-refusal", "record the physician's clearance on that screening before treating");
		assertThat(list(clinical, token, "/api/v1/patients/" + patient + "/treatment-plans")).isEmpty();
		browser.assertAccessible();
		browser.assertNoErrorsLogged();
	}

	private static java.util.List<JsonNode> list(ClinicalFixtures clinical, String token, String uri) {
		JsonNode page = clinical.get(token, uri).expectBody(JsonNode.class).returnResult().getResponseBody();
		java.util.List<JsonNode> items = new java.util.ArrayList<>();
		page.get("content").forEach(items::add);
		return items;
	}

}

package ilium.web;

import java.net.http.HttpResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.scheduling.Appointments;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, How it is tested: the therapist in a real headless Chromium. The red-flag
 * story: the answers of an SI joint infection show an urgent referral before anything is
 * recorded, and once recorded the plan drafted from the chart cannot be activated. Then a
 * patient screened clear: a plan started, activated, an exercise prescribed and its home
 * program shown and its handout printed (the PDF names the exercise), then the visit note
 * written, saved as a draft and signed. axe-core on every page, screenshots of the main
 * ones.
 */
@HttpTest
class TherapistBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	ClinicalFixtures clinical;

	UUID therapist;

	@BeforeEach
	void signIn() {
		clinical = new ClinicalFixtures(http, jdbc);
		therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		browser = Browser.open(port);
		browser.signIn(username, "/app/my-day");
		browser.assertAccessible();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void anUrgentReferralShowsAsTheAnswersAreTickedAndStopsThePlan() {
		UUID patient = clinical.newPatient();
		browser.visit("/app/patients/" + patient + "/chart");
		browser.assertAccessible();

		browser.click("#q-fever");
		browser.click("#q-lowBackOrButtockPain");
		browser.click("#q-deepThighPain");
		browser.waitForText("#triage", "Urgent referral");
		assertThat(browser.find("#triage").getText()).contains("do not treat");
		browser.screenshot("chart-red-flags");
		browser.click("form.screening button[type=submit]");
		browser.waitForText("main .notice", "Screening recorded: urgent referral.");
		assertThat(browser.find("#referral-warning").getText()).contains("not");
		browser.assertAccessible();

		browser.type("First goal", "Walk to the shop without pain");
		browser.click("form.start-plan button[type=submit]");
		browser.waitForPath("/app/plans/");
		browser.click("form[action$='/activate'] button");
		browser.waitForText("#refusal", "POSSIBLE_SI_JOINT_INFECTION");
		browser.assertAccessible();
		browser.assertNoErrorsLogged();
	}

	@Test
	void startsActivatesAndPrescribesAPlanPrintsTheHandoutThenWritesAndSignsTheVisitNote() throws Exception {
		UUID patient = clinical.newPatient();
		new Appointments(jdbc).checkedIn(patient, therapist, "FOLLOW_UP", Instant.now().minus(Duration.ofMinutes(30)));
		browser.visit("/app/patients/" + patient + "/chart");
		browser.click("form.screening button[type=submit]");
		browser.waitForText("main .notice", "Screening recorded: clear to treat.");
		browser.type("First goal", "Sit through a workday");
		browser.click("form.start-plan button[type=submit]");
		browser.waitForPath("/app/plans/");
		browser.click("form[action$='/activate'] button");
		browser.waitForText("main .notice", "The plan is active.");

		browser.click("form.prescribe button[type=submit]");
		browser.waitForText("main .notice", "The exercise is prescribed.");
		browser.waitForText("#program-heading + form + p", "Program: Active");
		browser.assertAccessible();
		browser.screenshot("plan");
		String exercise = browser.find("#program-heading ~ ul li").getText().split(":")[0];
		HttpResponse<byte[]> handout = browser.follow("a[href*='/handout.pdf']");
		assertThat(handout.statusCode()).isEqualTo(200);
		assertThat(handout.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(HandoutTests.text(handout.body())).contains("Your home exercises").contains(exercise);

		browser.visit("/app/patients/" + patient + "/notes/new");
		browser.waitForText("main", "Subjective");
		browser.assertAccessible();
		browser.choose("#appointmentId", 1);
		browser.type("Subjective", "Less pain on the stairs since the bridges");
		browser.type("Objective", "Thigh thrust negative");
		browser.type("Assessment", "Improving");
		browser.type("Plan", "Continue the home program");
		browser.type("Pain before the visit (0–10)", "5");
		browser.type("Pain after the visit (0–10)", "3");
		browser.click("form.note button[type=submit]");
		browser.waitForText("main .notice", "The draft is saved.");
		browser.click("form.sign button[type=submit]");
		browser.waitForText("main .notice", "The note is signed.");
		assertThat(browser.find("main").getText()).contains("Less pain on the stairs since the bridges");
		browser.screenshot("note");
		browser.assertAccessible();
		browser.assertNoErrorsLogged();
	}

}

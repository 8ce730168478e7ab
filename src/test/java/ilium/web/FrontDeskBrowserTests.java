package ilium.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.patients.Patients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, How it is tested: the front desk's pages in a real headless Chromium against
 * the running service and PostgreSQL, axe-core on every page visited, and a screenshot of
 * each main page.
 */
@HttpTest
class FrontDeskBrowserTests {

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
	void signsInToTodaysScheduleFindsAPatientAsSheTypesAndOpensTheRecord() {
		String username = staff.newAccount("FRONT_DESK", null);
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
		UUID patient = new Patients(jdbc).newPatient("Marta", "Lindqvist", born);
		Clinic clinic = new Clinic(http, jdbc, staff);
		UUID therapist = clinic.newTherapist();
		clinic.booked(patient, therapist, Clinic.at(LocalDate.now(Clinic.ZONE), "09:00"), 45);

		browser.visit("/app/login");
		browser.assertAccessible();
		browser.screenshot("sign-in");
		browser.type("Username", username);
		browser.type("Password", Staff.PASSWORD);
		browser.click("main button[type=submit]");
		browser.waitForPath("/app/schedule");
		browser.visit("/app/schedule?therapistId=" + therapist);
		browser.waitForText("main table", "Marta Lindqvist");
		browser.assertAccessible();
		browser.screenshot("schedule");

		browser.visit("/app/patients");
		browser.assertAccessible();
		browser.type("Name, phone or date of birth", "Lindqvist");
		browser.waitForText("#results", "Lindqvist, Marta");
		assertThat(browser.path()).as("found in place, without a new page").isEqualTo("/app/patients");
		browser.assertAccessible();
		browser.screenshot("patients");

		browser.click("a[href='/app/patients/" + patient + "']");
		browser.waitForPath("/app/patients/" + patient);
		assertThat(browser.find("h1").getText()).isEqualTo("Marta Lindqvist");
		assertThat(browser.find("dl.facts").getText()).contains(born.toString());
		browser.assertAccessible();
		browser.screenshot("patient");

		LocalDate nextWeek = LocalDate.now(Clinic.ZONE).plusDays(7);
		browser.visit("/app/schedule?date=" + nextWeek + "&therapistId=" + therapist);
		browser.click("#book");
		browser.waitForPath("/app/schedule/book");
		browser.type("Find the patient (name, phone or date of birth)", "Lindqvist");
		browser.click("form.filters button[type=submit]");
		browser.waitForText("form.book fieldset", "Marta Lindqvist");
		browser.click("label[for='start-3']");
		browser.assertAccessible();
		browser.screenshot("book");
		browser.click("form.book button[type=submit]");
		browser.waitForText("main .notice", "Booked at");
		browser.waitForText("main table", "Marta Lindqvist");
		browser.assertAccessible();
		browser.visit("/app/schedule?view=week&date=" + nextWeek + "&therapistId=" + therapist);
		browser.waitForText("main", "Marta Lindqvist");
		browser.assertAccessible();
		browser.screenshot("week");
		browser.assertNoErrorsLogged();
	}

	@Test
	void aFormSentAfterTheSessionEndedSignsInAgainAndAForgedOneIsRefusedNeitherSaved() {
		String username = staff.newAccount("FRONT_DESK", null);
		browser.signIn(username, "/app/schedule");
		String late = "Late-" + UUID.randomUUID();
		browser.visit("/app/patients/new");
		browser.type("First name (required)", "Ines");
		browser.type("Last name (required)", late);
		staff.idlePageSessions(staff.accountId(username), Duration.ofMinutes(15).plusSeconds(1));
		browser.click("main button[type=submit]");
		browser.waitForPath("/app/login?expired");
		assertThat(browser.find("#sign-in-error").getText()).contains("You were signed out");
		browser.assertAccessible();

		browser.signIn(username, "/app/schedule");
		String forged = "Forged-" + UUID.randomUUID();
		browser.visit("/app/patients/new");
		browser.type("First name (required)", "Ines");
		browser.type("Last name (required)", forged);
		browser.script("document.querySelector('main form input[name=_csrf]').value = 'forged'");
		browser.click("main button[type=submit]");
		browser.waitForText("main h1", "Form not accepted");
		browser.assertAccessible();

		assertThat(jdbc.sql("select count(*) from patient where last_name in (:names)")
			.param("names", List.of(late, forged))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void showsARegistrationsRefusedFieldsAccessibly() {
		browser.signIn(staff.newAccount("FRONT_DESK", null), "/app/schedule");

		browser.visit("/app/patients/new");
		browser.assertAccessible();
		browser.type("Last name (required)", "Lindqvist");
		browser.type("Email", "marta at home");
		browser.click("main button[type=submit]");
		browser.waitForText("#firstName-error", "Required.");
		assertThat(browser.find("#email-error").getText()).isEqualTo("Not an email address.");
		browser.assertAccessible();
		browser.screenshot("register");
		browser.assertNoErrorsLogged();
	}

}

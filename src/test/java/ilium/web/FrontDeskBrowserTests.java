package ilium.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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
	void signsInFindsAPatientAsSheTypesAndOpensTheRecord() {
		String username = staff.newAccount("FRONT_DESK", null);
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
		UUID patient = new Patients(jdbc).newPatient("Marta", "Lindqvist", born);

		browser.visit("/app/login");
		browser.assertAccessible();
		browser.screenshot("sign-in");
		browser.type("Username", username);
		browser.type("Password", Staff.PASSWORD);
		browser.click("main button[type=submit]");
		browser.waitForText("header.site", username);

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
		browser.assertNoErrorsLogged();
	}

}

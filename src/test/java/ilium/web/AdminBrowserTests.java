package ilium.web;

import java.time.LocalDate;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, How it is tested: the admin's walk in a real headless Chromium: sign in to the
 * reports, then the staff accounts, then the audit trail of the account just opened,
 * axe-core on every page and a screenshot of each.
 */
@HttpTest
class AdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	RestTestClient http;

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
	void readsTheReportsOpensAnAccountAndReadsItsAuditTrail() {
		LocalDate tomorrow = LocalDate.now(Clinic.ZONE).plusDays(1);
		Clinic clinic = new Clinic(http, jdbc, staff);
		UUID therapist = clinic.newTherapist();
		for (String time : new String[] { "09:00", "10:00", "11:00", "14:00" }) {
			clinic.booked(clinic.newPatient(), therapist, Clinic.at(tomorrow, time), 45);
		}
		String username = staff.newAccount("ADMIN", null);
		browser.signIn(username, "/app/reports");
		browser.visit("/app/reports?from=" + tomorrow + "&to=" + tomorrow.plusDays(6));
		assertThat(browser.find("#summary-chart-title").getAttribute("textContent")).isEqualTo("Visits and patients");
		browser.assertAccessible();
		browser.screenshot("reports");

		browser.click("nav a[href='/app/admin/staff']");
		browser.waitForPath("/app/admin/staff");
		String opened = "0-walk-" + UUID.randomUUID();
		browser.type("Username", opened);
		browser.type("Password (at least 12 characters, hard to guess)", StaffPageTests.NEW_PASSWORD);
		browser.type("Role", "Front desk");
		browser.click("form[action='/app/admin/staff'] button[type=submit]");
		browser.waitForText("main .notice", "The account " + opened + " is open.");
		browser.assertAccessible();
		browser.screenshot("staff");

		browser.click("nav a[href='/app/admin/audit']");
		browser.waitForPath("/app/admin/audit");
		browser.waitForText("main table", "CREATE");
		browser.assertAccessible();
		browser.screenshot("audit");

		browser.click("nav a[href='/app/admin/therapists']");
		browser.waitForPath("/app/admin/therapists");
		browser.visit("/app/admin/therapists?therapistId=" + therapist);
		browser.waitForText("main", "Working hours");
		browser.assertAccessible();
		browser.screenshot("therapists");
		browser.assertNoErrorsLogged();
	}

}

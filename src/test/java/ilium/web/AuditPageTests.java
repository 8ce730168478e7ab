package ilium.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

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
 * WEB.md, Routes: the admin's {@code /app/admin/audit}: the audit trail of the API's own
 * search, filtered by patient, staff member and dates, newest first, a page at a time.
 */
@HttpTest
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	PageVisitor admin;

	String reader;

	PageVisitor desk;

	@BeforeEach
	void signIn() {
		admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);
		reader = staff.newAccount("FRONT_DESK", null);
		desk = new PageVisitor(port);
		desk.signIn(reader, Staff.PASSWORD);
	}

	@Test
	void showsWhoReadAPatientFilteredByThePatient() {
		UUID patient = new Clinic(http, jdbc, staff).newPatient();
		desk.get("/app/patients/" + patient);

		HttpResponse<String> trail = admin.get("/app/admin/audit?patientId=" + patient);

		assertThat(trail.statusCode()).isEqualTo(200);
		assertThat(trail.body()).contains("<caption>1 lines, newest first; page 1 of 1</caption>")
			.containsPattern("<td>" + reader + "</td>\\s*<td>FRONT_DESK</td>\\s*<td>READ</td>\\s*<td>patient " + patient
					+ "</td>")
			.contains("value=\"" + patient + "\"");
	}

	@Test
	void showsOneStaffMembersLinesAPageAtATimeNewestFirst() {
		// 51 reads after the sign-in's line: 52 lines, two pages of 50.
		UUID[] patients = new UUID[51];
		Clinic clinic = new Clinic(http, jdbc, staff);
		for (int i = 0; i < patients.length; i++) {
			patients[i] = clinic.newPatient();
			desk.get("/app/patients/" + patients[i]);
		}
		String user = staff.accountId(reader).toString();

		HttpResponse<String> first = admin.get("/app/admin/audit?userId=" + user);
		HttpResponse<String> second = admin.get("/app/admin/audit?userId=" + user + "&page=1");

		assertThat(first.body()).contains("52 lines, newest first; page 1 of 2")
			.contains("<option value=\"" + user + "\" selected=\"selected\">" + reader + "</option>")
			.contains("patient " + patients[50])
			.doesNotContain("patient " + patients[0] + "<")
			.contains("&amp;page=1\">Older lines</a>");
		assertThat(second.body()).contains("page 2 of 2").contains("patient " + patients[0] + "<");
	}

	@Test
	void searchesTheDatesGiven() {
		UUID patient = new Clinic(http, jdbc, staff).newPatient();
		desk.get("/app/patients/" + patient);
		LocalDate today = LocalDate.now(Clinic.ZONE);

		HttpResponse<String> yesterday = admin
			.get("/app/admin/audit?patientId=" + patient + "&from=" + today.minusDays(1) + "&to=" + today.minusDays(1));

		assertThat(yesterday.statusCode()).isEqualTo(200);
		assertThat(yesterday.body()).contains("Nothing in the trail matches.");
	}

	@Test
	void refusesASearchOfMoreThanAYearInWords() {
		HttpResponse<String> refused = admin.get("/app/admin/audit?from=2024-01-01&to=2026-01-01");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("To must be at most 366 days after from.");
	}

}

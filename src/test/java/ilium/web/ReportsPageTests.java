package ilium.web;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the admin's {@code /app/reports}: the clinic summary, utilisation and
 * outcomes of a period from the reports of the API, each a chart drawn on the server with
 * its figures in a table, and each downloadable as the API's CSV under the page's
 * session.
 */
@HttpTest
class ReportsPageTests {

	/** A Tuesday. */
	static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	PageVisitor admin;

	@BeforeEach
	void signIn() {
		admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);
	}

	@Test
	void sendsTheAdminHomeToTheReportsOfTheLastThirtyDays() {
		LocalDate today = LocalDate.now(Clinic.ZONE);

		HttpResponse<String> home = admin.get("/app");
		HttpResponse<String> reports = admin.get("/app/reports");

		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/reports"));
		assertThat(reports.statusCode()).isEqualTo(200);
		assertThat(reports.body()).contains("id=\"from\" name=\"from\" type=\"date\" value=\"" + today.minusDays(29))
			.contains("id=\"to\" name=\"to\" type=\"date\" value=\"" + today)
			.contains("role=\"img\"")
			.contains("<title id=\"summary-chart-title\">Visits and patients</title>")
			.contains("<caption>Clinic summary of the period</caption>")
			.contains("href=\"/app/reports/clinic-summary.csv?from=" + today.minusDays(29) + "&amp;to=" + today)
			.doesNotContain("style=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}

	@Test
	void drawsEachTherapistsUtilisationAsABarWithItsHoursInTheTable() {
		String lastName = "Utilised-" + UUID.randomUUID();
		UUID therapist = new Therapists(jdbc).newTherapist("Ada", lastName);
		new Therapists(jdbc).workingHours(therapist, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));

		HttpResponse<String> reports = admin.get("/app/reports?from=" + DAY + "&to=" + DAY);

		assertThat(reports.statusCode()).isEqualTo(200);
		assertThat(reports.body()).contains("<title id=\"utilization-chart-title\">")
			.containsPattern("<text class=\"label\" x=\"0\" y=\"\\d+\">Ada " + lastName + "</text>")
			.containsPattern("<th scope=\"row\">Ada " + lastName + "</th>\\s*<td>4.00 h</td>\\s*<td>0.00 h</td>");
	}

	@Test
	void servesTheUtilisationCsvOfTheApiUnderTheSession() {
		String lastName = "Csv-" + UUID.randomUUID();
		UUID therapist = new Therapists(jdbc).newTherapist("Ada", lastName);
		new Therapists(jdbc).workingHours(therapist, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));

		HttpResponse<String> csv = admin.get("/app/reports/utilization.csv?from=" + DAY + "&to=" + DAY);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"utilization-" + DAY + "-" + DAY + ".csv\"");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("therapistId,name,availableHours,bookedHours,completedHours,utilization");
		assertThat(lines).contains("\"%s\",\"Ada %s\",4.00,0.00,0.00,0.0000".formatted(therapist, lastName));
	}

	@Test
	void servesTheClinicSummaryAndOutcomesCsvWithTheApisHeaders() {
		HttpResponse<String> summary = admin.get("/app/reports/clinic-summary.csv?from=1900-01-01&to=1900-01-07");
		HttpResponse<String> outcomes = admin.get("/app/reports/outcomes.csv?from=1900-01-01&to=1900-01-07");

		assertThat(summary.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(summary.body().lines().toList()).first()
			.isEqualTo("appointmentsBooked,completed,cancelled,lateCancellations,noShows,noShowRate,newPatients,"
					+ "activePlans");
		assertThat(outcomes.body().lines().toList()).first()
			.isEqualTo("groupId,groupName,patients,instrument,meanBaseline,meanLatest,meanChange,"
					+ "improvedByMcidRate,suppressed");
	}

	@Test
	void refusesAPeriodLongerThanTheReportsAllowInWords() {
		HttpResponse<String> refused = admin.get("/app/reports?from=2025-01-01&to=2026-12-31");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("To must be at most 366 days after from.").doesNotContain("Exception");
	}

}

package ilium.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

/**
 * Utilization's available hours are working hours minus time off (API.md, Reports);
 * cancelled time off frees its time, so it is not subtracted.
 */
@HttpTest
class CancelledTimeOffReportTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void cancelledTimeOffLeavesTheHoursAvailable() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Cancelled-" + UUID.randomUUID());
		data.workingHours(therapist, 1, "08:00", "12:00");
		LocalDate monday = LocalDate.of(2026, 12, 7);
		data.timeOff(therapist, monday.atTime(8, 0), monday.atTime(9, 0));
		data.cancelTimeOff(data.timeOff(therapist, monday.atTime(10, 0), monday.atTime(12, 0)));

		http.get()
			.uri("/api/v1/reports/utilization?from=2026-12-07&to=2026-12-07")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.therapistId == '%s')].availableHours".formatted(therapist))
			.isEqualTo(3.0);
	}

}

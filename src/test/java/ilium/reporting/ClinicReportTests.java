package ilium.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.ClinicProperties;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class ClinicReportTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	ReportQueries queries;

	@Autowired
	ClinicProperties clinic;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * A Monday in a past year of its own, so no other test's visits, patients or plans
	 * fall in this week.
	 */
	private final LocalDate monday = LocalDate.of(1901 + ThreadLocalRandom.current().nextInt(0, 95), 1, 1)
		.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));

	@Test
	void summarisesTheVisitsPatientsAndPlansOfAPeriod() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Summary");
		UUID[] patients = new UUID[7];
		for (int i = 0; i < patients.length; i++) {
			patients[i] = data.patient(ReportData.local(monday.atTime(9, 0)).toInstant());
		}
		data.appointment(therapist, patients[0], monday.atTime(8, 0), 30, "COMPLETED", false);
		data.appointment(therapist, patients[1], monday.atTime(9, 0), 30, "COMPLETED", false);
		data.appointment(therapist, patients[2], monday.atTime(10, 0), 30, "NO_SHOW", false);
		data.appointment(therapist, patients[3], monday.atTime(11, 0), 30, "CANCELLED", true);
		data.appointment(therapist, patients[4], monday.atTime(12, 0), 30, "CANCELLED", false);
		data.appointment(therapist, patients[5], monday.plusDays(1).atTime(23, 30), 30, "BOOKED", false);
		// Starts just after the period's last clinic-local day: not counted.
		data.appointment(therapist, patients[6], monday.plusDays(2).atTime(0, 10), 30, "COMPLETED", false);
		var start = ReportData.local(monday.atTime(8, 0)).toInstant();
		data.plan(patients[0], therapist, null, "ACTIVE", start, null);
		data.plan(patients[1], therapist, null, "COMPLETED", start.minusSeconds(86_400 * 30),
				start.minusSeconds(86_400 * 10));
		data.plan(patients[2], therapist, null, "DRAFT", null, null);

		get("/api/v1/reports/clinic-summary?from=" + monday + "&to=" + monday.plusDays(1)).expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"appointmentsBooked":6,"completed":2,"cancelled":2,"lateCancellations":1,"noShows":1,
					 "noShowRate":0.3333,"newPatients":7,"activePlans":1}""");
	}

	@Test
	void laysWorkingHoursOverClinicDaysAcrossTheDaylightSavingChange() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Utilization-" + UUID.randomUUID());
		data.workingHours(therapist, 1, "08:00", "12:00");
		// 2026-11-01 is the Sunday clocks go back in Los Angeles: 00:00-04:00 that night
		// lasts 5 hours.
		data.workingHours(therapist, 7, "00:00", "04:00");
		LocalDate dstMonday = LocalDate.of(2026, 10, 26);
		data.timeOff(therapist, dstMonday.atTime(10, 0), dstMonday.atTime(11, 0));
		data.timeOff(therapist, dstMonday.atTime(10, 30), dstMonday.atTime(11, 0));
		UUID patient = data.patient(java.time.Instant.now());
		data.appointment(therapist, patient, dstMonday.atTime(8, 0), 60, "COMPLETED", false);
		data.appointment(therapist, patient, dstMonday.atTime(9, 0), 30, "NO_SHOW", false);
		data.appointment(therapist, patient, dstMonday.atTime(11, 0), 30, "CANCELLED", false);

		get("/api/v1/reports/utilization?from=2026-10-26&to=2026-11-01").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.therapistId == '%s')]".formatted(therapist))
			.value(rows -> assertThat(rows.toString()).isEqualTo("""
					[{"therapistId":"%s","name":"Report %s","availableHours":8.0,"bookedHours":1.5,\
					"completedHours":1.0,"utilization":0.1875}]""".formatted(therapist, nameOf(therapist))));
	}

	@Test
	void reportsOutcomesByTherapistAndByProtocol() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Outcomes-" + UUID.randomUUID());
		String protocolName = "Report protocol " + UUID.randomUUID();
		UUID protocol = newProtocol(protocolName);
		UUID first = data.patient(java.time.Instant.now());
		UUID second = data.patient(java.time.Instant.now());
		UUID earlier = data.patient(java.time.Instant.now());
		UUID firstPlan = data.plan(first, therapist, protocol, "ACTIVE", java.time.Instant.now(), null);
		UUID secondPlan = data.plan(second, therapist, protocol, "ACTIVE", java.time.Instant.now(), null);
		UUID earlierPlan = data.plan(earlier, therapist, protocol, "ACTIVE", java.time.Instant.now(), null);
		data.nprs(first, firstPlan, LocalDate.of(2026, 1, 5), 8);
		data.nprs(first, firstPlan, LocalDate.of(2026, 2, 5), 5);
		data.nprs(first, firstPlan, LocalDate.of(2026, 3, 5), 4);
		// Measured after the period: not the period's latest.
		data.nprs(first, firstPlan, LocalDate.of(2026, 4, 5), 0);
		data.nprs(second, secondPlan, LocalDate.of(2026, 2, 10), 6);
		// Two measures on one day: the one recorded last is the latest.
		data.nprs(second, secondPlan, LocalDate.of(2026, 3, 10), 7);
		data.nprs(second, secondPlan, LocalDate.of(2026, 3, 10), 5);
		// Measured only before the period: not one of the period's patients.
		data.nprs(earlier, earlierPlan, LocalDate.of(2025, 6, 1), 9);
		// Two patients: figures shown only because this report publishes groups of any
		// size.
		assertThat(outcomesOfAnyGroupSize(OutcomeGrouping.THERAPIST, therapist)).containsExactly(
				new OutcomeReportRow(therapist, "Report " + nameOf(therapist), 2, "NPRS", new BigDecimal("7.00"),
						new BigDecimal("4.50"), new BigDecimal("-2.50"), new BigDecimal("0.5000"), false));
		assertThat(outcomesOfAnyGroupSize(OutcomeGrouping.PROTOCOL, protocol))
			.containsExactly(new OutcomeReportRow(protocol, protocolName, 2, "NPRS", new BigDecimal("7.00"),
					new BigDecimal("4.50"), new BigDecimal("-2.50"), new BigDecimal("0.5000"), false));
	}

	@Test
	void aPsfsPairWithoutACommonActivityGivesNoChangeAndNoVerdict() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Psfs-" + UUID.randomUUID());
		UUID apart = data.patient(java.time.Instant.now());
		UUID apartPlan = data.plan(apart, therapist, null, "ACTIVE", java.time.Instant.now(), null);
		data.psfs(apart, apartPlan, LocalDate.of(2026, 3, 2), Map.of("climbing stairs", 2, "sitting an hour", 3));
		data.psfs(apart, apartPlan, LocalDate.of(2026, 3, 20), Map.of("walking the dog", 9));
		UUID alike = data.patient(java.time.Instant.now());
		UUID alikePlan = data.plan(alike, therapist, null, "ACTIVE", java.time.Instant.now(), null);
		data.psfs(alike, alikePlan, LocalDate.of(2026, 3, 2), Map.of("Lifting", 4, "running", 8));
		data.psfs(alike, alikePlan, LocalDate.of(2026, 3, 20), Map.of(" lifting ", 5, "cycling", 10));
		// Both patients count; only the second compares: lifting 4 → 5, no MCID.
		assertThat(outcomesOfAnyGroupSize(OutcomeGrouping.THERAPIST, therapist)).containsExactly(
				new OutcomeReportRow(therapist, "Report " + nameOf(therapist), 2, "PSFS", new BigDecimal("4.25"),
						new BigDecimal("8.25"), new BigDecimal("1.00"), new BigDecimal("0.0000"), false));
	}

	@Test
	void aPsfsPairWithACommonActivityIsComparedOverTheActivitiesBothShare() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Psfs-" + UUID.randomUUID());
		UUID patient = data.patient(java.time.Instant.now());
		UUID plan = data.plan(patient, therapist, null, "ACTIVE", java.time.Instant.now(), null);
		data.psfs(patient, plan, LocalDate.of(2026, 3, 2), Map.of("Climbing stairs", 2, "sitting an hour", 8));
		data.psfs(patient, plan, LocalDate.of(2026, 3, 20), Map.of("  climbing STAIRS ", 5, "walking", 10));
		assertThat(outcomesOfAnyGroupSize(OutcomeGrouping.THERAPIST, therapist)).containsExactly(
				new OutcomeReportRow(therapist, "Report " + nameOf(therapist), 1, "PSFS", new BigDecimal("5.00"),
						new BigDecimal("7.50"), new BigDecimal("3.00"), new BigDecimal("1.0000"), false));
	}

	@Test
	void leavesOutMeasuresEnteredInError() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Error-" + UUID.randomUUID());
		UUID patient = data.patient(java.time.Instant.now());
		UUID plan = data.plan(patient, therapist, null, "ACTIVE", java.time.Instant.now(), null);
		data.enteredInError(data.nprs(patient, plan, LocalDate.of(2026, 3, 2), 9));
		data.nprs(patient, plan, LocalDate.of(2026, 3, 10), 6);
		data.nprs(patient, plan, LocalDate.of(2026, 3, 20), 5);
		data.enteredInError(data.nprs(patient, plan, LocalDate.of(2026, 3, 25), 1));
		// Only in error in the period: not one of the period's patients.
		UUID wrongOnly = data.patient(java.time.Instant.now());
		UUID wrongOnlyPlan = data.plan(wrongOnly, therapist, null, "ACTIVE", java.time.Instant.now(), null);
		data.enteredInError(data.nprs(wrongOnly, wrongOnlyPlan, LocalDate.of(2026, 3, 2), 9));
		assertThat(outcomesOfAnyGroupSize(OutcomeGrouping.THERAPIST, therapist)).containsExactly(
				new OutcomeReportRow(therapist, "Report " + nameOf(therapist), 1, "NPRS", new BigDecimal("6.00"),
						new BigDecimal("5.00"), new BigDecimal("-1.00"), new BigDecimal("0.0000"), false));
	}

	@Test
	void suppressesAGroupOfTenPatientsButNotOneOfEleven() {
		ReportData data = new ReportData(http, jdbc);
		UUID ten = therapistWithImprovingPatients(data, 10);
		UUID eleven = therapistWithImprovingPatients(data, 11);
		get("/api/v1/reports/outcomes?from=2026-03-01&to=2026-03-31&groupBy=THERAPIST").expectBody()
			.jsonPath("$[?(@.groupId == '%s')]".formatted(ten))
			.value(rows -> assertThat(rows).asString()
				.isEqualTo("[{\"groupId\":\"%s\",\"groupName\":\"Report %s\",\"patients\":10,\"instrument\":\"NPRS\","
					.formatted(ten, nameOf(ten))
						+ "\"meanBaseline\":null,\"meanLatest\":null,\"meanChange\":null,\"improvedByMcidRate\":null,"
						+ "\"suppressed\":true}]"))
			.jsonPath("$[?(@.groupId == '%s')]".formatted(eleven))
			.value(rows -> assertThat(rows).asString()
				.endsWith("\"patients\":11,\"instrument\":\"NPRS\",\"meanBaseline\":8.0,\"meanLatest\":5.0,"
						+ "\"meanChange\":-3.0,\"improvedByMcidRate\":1.0,\"suppressed\":false}]"));
	}

	@Test
	void writesTheOutcomesReportAsCsvInTheJsonOrder() {
		ReportData data = new ReportData(http, jdbc);
		UUID ten = therapistWithImprovingPatients(data, 10);
		String csv = http.get()
			.uri("/api/v1/reports/outcomes?from=2026-03-01&to=2026-03-31")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.valueOf("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo(
				"groupId,groupName,patients,instrument,meanBaseline,meanLatest,meanChange,improvedByMcidRate,suppressed");
		assertThat(lines).contains("\"%s\",\"Report %s\",10,NPRS,,,,,true".formatted(ten, nameOf(ten)));
	}

	@Test
	void writesCsvWithTheJsonFieldNamesAsHeader() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Csv-" + UUID.randomUUID());
		data.workingHours(therapist, 2, "09:00", "13:00");
		String csv = http.get()
			.uri("/api/v1/reports/utilization?from=2026-12-01&to=2026-12-01")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.valueOf("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.valueOf("text/csv"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("therapistId,name,availableHours,bookedHours,completedHours,utilization");
		assertThat(lines)
			.contains("\"%s\",\"Report %s\",4.00,0.00,0.00,0.0000".formatted(therapist, nameOf(therapist)));
	}

	@Test
	void writesTheClinicSummaryAsOneCsvRow() {
		String csv = http.get()
			.uri("/api/v1/reports/clinic-summary?from=1900-01-01&to=1900-01-07")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.valueOf("text/csv"))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(
				"appointmentsBooked,completed,cancelled,lateCancellations,noShows,noShowRate,newPatients,activePlans");
		// Plans other tests left active count in every later period, so only the visits
		// are known here.
		assertThat(lines.get(1)).startsWith("0,0,0,0,0,0.0000,0,");
	}

	@Test
	void refusesMissingReversedAndOverlongRanges() {
		badRange("/api/v1/reports/clinic-summary?to=2026-01-31", "from");
		badRange("/api/v1/reports/utilization?from=2026-02-01&to=2026-01-31", "to");
		badRange("/api/v1/reports/outcomes?from=2025-01-01&to=2026-01-02", "to");
		badRange("/api/v1/reports/outcomes?from=2026-01-01&to=2026-01-02&groupBy=PATIENT", "groupBy");
	}

	@Test
	void onlyAdminsReadReports() {
		for (String token : new String[] { staff.frontDesk(), staff.newTherapist().token() }) {
			http.get()
				.uri("/api/v1/reports/clinic-summary?from=2026-01-01&to=2026-01-31")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
	}

	/**
	 * The outcomes report of March 2026 for one group, as the service computes it with
	 * every group published whatever its size.
	 */
	private List<OutcomeReportRow> outcomesOfAnyGroupSize(OutcomeGrouping grouping, UUID group) {
		ClinicReports reports = new ClinicReports(queries, clinic, Duration.ofSeconds(5), 1);
		ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		return transactions.execute(status -> reports.outcomes(march, grouping))
			.stream()
			.filter(row -> row.groupId().equals(group))
			.toList();
	}

	/**
	 * A new therapist whose {@code count} patients each went from NPRS 8 to 5 in March
	 * 2026.
	 */
	private UUID therapistWithImprovingPatients(ReportData data, int count) {
		UUID therapist = data.therapist("Group-" + UUID.randomUUID());
		for (int i = 0; i < count; i++) {
			UUID patient = data.patient(java.time.Instant.now());
			UUID plan = data.plan(patient, therapist, null, "ACTIVE", java.time.Instant.now(), null);
			data.nprs(patient, plan, LocalDate.of(2026, 3, 2), 8);
			data.nprs(patient, plan, LocalDate.of(2026, 3, 20), 5);
		}
		return therapist;
	}

	private String nameOf(UUID therapist) {
		return jdbc.sql("select last_name from therapist where id = :id")
			.param("id", therapist)
			.query(String.class)
			.single();
	}

	private UUID newProtocol(String name) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/protocols")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "exercises",
					List.of(Map.of("exerciseId", "00000000-0000-4000-a000-000000000001"))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").toString());
	}

	private void badRange(String uri, String field) {
		get(uri).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private RestTestClient.ResponseSpec get(String uri) {
		return http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

}

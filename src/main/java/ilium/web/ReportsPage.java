package ilium.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ilium.reporting.ClinicReports;
import ilium.reporting.ClinicSummary;
import ilium.reporting.CsvReport;
import ilium.reporting.OutcomeGrouping;
import ilium.reporting.OutcomeReportRow;
import ilium.reporting.ReportPeriod;
import ilium.reporting.UtilizationRow;
import ilium.shared.ClinicProperties;
import ilium.web.BarChart.Bar;

/**
 * {@code /app/reports}: the admin's clinic summary, utilisation and outcomes of a period
 * (the last 30 days unless chosen), each as a chart drawn on the server with its figures
 * in a table, and each as CSV. The same {@link ClinicReports} calls and {@link CsvReport}
 * writer as {@code /api/v1/reports}, so the period's limits, the statement timeout and
 * the withholding of small outcome groups hold here too; the CSV is served under the
 * page's session because the API's needs a bearer token.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReportsPage {

	/** The default period's length in days, today included. */
	private static final int DEFAULT_DAYS = 30;

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ClinicReports reports;

	private final Clock clock;

	private final ClinicProperties clinic;

	ReportsPage(ClinicReports reports, Clock clock, ClinicProperties clinic) {
		this.reports = reports;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/reports")
	String reports(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy, Model model) {
		ReportPeriod period = period(from, to);
		ClinicSummary summary = reports.clinicSummary(period);
		List<UtilizationRow> utilization = reports.utilization(period);
		List<OutcomeReportRow> outcomes = reports.outcomes(period, groupBy);
		model.addAttribute("period", period);
		model.addAttribute("groupBy", groupBy);
		model.addAttribute("summary", summary);
		model.addAttribute("summaryChart",
				BarChart.of("Visits and patients",
						List.of(Bar.of("Appointments booked", summary.appointmentsBooked()),
								Bar.of("Completed", summary.completed()), Bar.of("Cancelled", summary.cancelled()),
								Bar.of("Late cancellations", summary.lateCancellations()),
								Bar.of("No-shows", summary.noShows()), Bar.of("New patients", summary.newPatients()),
								Bar.of("Active plans", summary.activePlans()))));
		model.addAttribute("utilization", utilization);
		model.addAttribute("utilizationChart", BarChart.of("Booked share of available hours",
				utilization.stream().map(row -> Bar.percent(row.name(), row.utilization())).toList()));
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("outcomesChart", BarChart.of("Patients improved by at least the MCID",
				outcomes.stream().map(ReportsPage::improved).toList()));
		return "app/reports";
	}

	@GetMapping("/app/reports/clinic-summary.csv")
	ResponseEntity<String> clinicSummaryCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ReportPeriod period = period(from, to);
		return csv("clinic-summary", period, CsvReport.of(List.of(reports.clinicSummary(period)), ClinicSummary.class));
	}

	@GetMapping("/app/reports/utilization.csv")
	ResponseEntity<String> utilizationCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ReportPeriod period = period(from, to);
		return csv("utilization", period, CsvReport.of(reports.utilization(period), UtilizationRow.class));
	}

	@GetMapping("/app/reports/outcomes.csv")
	ResponseEntity<String> outcomesCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy) {
		ReportPeriod period = period(from, to);
		return csv("outcomes", period, CsvReport.of(reports.outcomes(period, groupBy), OutcomeReportRow.class));
	}

	/** The period asked for; without dates, the last 30 clinic-local days. */
	private ReportPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate last = to != null ? to : LocalDate.now(clock.withZone(clinic.timeZone()));
		return ReportPeriod.of(from != null ? from : last.minusDays(DEFAULT_DAYS - 1), last);
	}

	private static Bar improved(OutcomeReportRow row) {
		String label = row.groupName() + " · " + row.instrument();
		BigDecimal rate = row.improvedByMcidRate();
		return row.suppressed() || rate == null ? Bar.withheld(label) : Bar.percent(label, rate);
	}

	private static ResponseEntity<String> csv(String report, ReportPeriod period, String body) {
		String file = report + "-" + period.from() + "-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}

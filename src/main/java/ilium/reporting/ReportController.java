package ilium.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasRole('ADMIN')")
class ReportController {

	private static final String CSV = "text/csv";

	private final ClinicReports reports;

	ReportController(ClinicReports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/clinic-summary", produces = MediaType.APPLICATION_JSON_VALUE)
	ClinicSummary clinicSummary(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return reports.clinicSummary(ReportPeriod.of(from, to));
	}

	@GetMapping(path = "/clinic-summary", produces = CSV)
	String clinicSummaryCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return CsvReport.of(List.of(clinicSummary(from, to)), ClinicSummary.class);
	}

	@GetMapping(path = "/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
	List<OutcomeReportRow> outcomes(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy) {
		return reports.outcomes(ReportPeriod.of(from, to), groupBy);
	}

	@GetMapping(path = "/outcomes", produces = CSV)
	String outcomesCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy) {
		return CsvReport.of(outcomes(from, to, groupBy), OutcomeReportRow.class);
	}

	@GetMapping(path = "/utilization", produces = MediaType.APPLICATION_JSON_VALUE)
	List<UtilizationRow> utilization(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return reports.utilization(ReportPeriod.of(from, to));
	}

	@GetMapping(path = "/utilization", produces = CSV)
	String utilizationCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return CsvReport.of(utilization(from, to), UtilizationRow.class);
	}

}

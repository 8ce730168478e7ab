package ilium.reporting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ProblemResponse;

@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Reports",
		description = "Clinic figures over a range of clinic-local dates, as JSON or as CSV (`Accept: text/csv`).")
class ReportController {

	private static final String CSV = "text/csv";

	private final ClinicReports reports;

	ReportController(ClinicReports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/clinic-summary", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Clinic summary: appointments, cancellations, no-show rate, new patients and active plans")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	ClinicSummary clinicSummary(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return reports.clinicSummary(ReportPeriod.of(from, to));
	}

	@GetMapping(path = "/clinic-summary", produces = CSV)
	@Operation(summary = "Clinic summary: appointments, cancellations, no-show rate, new patients and active plans")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	String clinicSummaryCsv(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return CsvReport.of(List.of(clinicSummary(from, to)), ClinicSummary.class);
	}

	@GetMapping(path = "/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Outcomes by therapist or by protocol, groups too small to show suppressed")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	List<OutcomeReportRow> outcomes(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy) {
		return reports.outcomes(ReportPeriod.of(from, to), groupBy);
	}

	@GetMapping(path = "/outcomes", produces = CSV)
	@Operation(summary = "Outcomes by therapist or by protocol, groups too small to show suppressed")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	String outcomesCsv(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to,
			@RequestParam(defaultValue = "THERAPIST") OutcomeGrouping groupBy) {
		return CsvReport.of(outcomes(from, to, groupBy), OutcomeReportRow.class);
	}

	@GetMapping(path = "/utilization", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Utilisation of each therapist: booked and completed hours against available hours")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	List<UtilizationRow> utilization(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return reports.utilization(ReportPeriod.of(from, to));
	}

	@GetMapping(path = "/utilization", produces = CSV)
	@Operation(summary = "Utilisation of each therapist: booked and completed hours against available hours")
	@ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = ReportingProblems.REPORT_TIMEOUT,
			when = "the report took longer than its time limit; ask for a shorter period")
	String utilizationCsv(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return CsvReport.of(utilization(from, to), UtilizationRow.class);
	}

}

package ilium.episode;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/progress-reports")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Progress reports",
		description = "Progress reports and the treatment-day clock: one due by every 10th treatment day (EPISODE.md R9).")
class ProgressReportController {

	private final ProgressReports reports;

	ProgressReportController(ProgressReports reports) {
		this.reports = reports;
	}

	@PostMapping
	@Operation(summary = "Write a progress report as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.UNKNOWN_OUTCOME,
			when = "an outcome measure is not the patient's")
	ResponseEntity<ProgressReportView> write(@PathVariable UUID planId,
			@Valid @RequestBody WriteProgressReport command) {
		ProgressReportView report = reports.write(planId, command);
		return ResponseEntity
			.created(URI.create("/api/v1/treatment-plans/" + planId + "/progress-reports/" + report.id()))
			.body(report);
	}

	/** {@code on} defaults to today (clinic-local). */
	@GetMapping
	@Operation(summary = "Read the open period's clock and the plan's progress reports on a day")
	ProgressReportsView list(@PathVariable UUID planId, @RequestParam(required = false) @Nullable LocalDate on) {
		return reports.of(planId, on);
	}

	@GetMapping("/{reportId}")
	@Operation(summary = "Read one progress report")
	ProgressReportView find(@PathVariable UUID planId, @PathVariable UUID reportId) {
		return reports.find(planId, reportId);
	}

	@PutMapping("/{reportId}")
	@Operation(summary = "Rewrite a draft progress report")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_SIGNED,
			when = "the report is signed")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.UNKNOWN_OUTCOME,
			when = "an outcome measure is not the patient's")
	ProgressReportView rewrite(@PathVariable UUID planId, @PathVariable UUID reportId,
			@Valid @RequestBody WriteProgressReport command) {
		return reports.rewrite(planId, reportId, command);
	}

	@PostMapping("/{reportId}/sign")
	@Operation(summary = "Sign a progress report: it closes the open period and sets the goals' statuses")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_SIGNED,
			when = "the report is signed already")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.INVALID_PERIOD,
			when = "periodEnd is before the open period's start, or no period is open")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.GOAL_STATUSES_INCOMPLETE,
			when = "the goal statuses do not name exactly the plan's ACTIVE goals")
	ProgressReportView sign(@PathVariable UUID planId, @PathVariable UUID reportId) {
		return reports.sign(planId, reportId);
	}

	@PostMapping("/{reportId}/addenda")
	@Operation(summary = "Add an addendum to a signed progress report")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_NOT_SIGNED,
			when = "the report is a draft")
	ResponseEntity<ProgressReportView> addAddendum(@PathVariable UUID planId, @PathVariable UUID reportId,
			@Valid @RequestBody AddAddendum command) {
		ProgressReportView report = reports.addAddendum(planId, reportId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/progress-reports/" + reportId
				+ "#addendum-" + report.addenda().getLast().id()))
			.body(report);
	}

}

package ilium.episode;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/discharge-summary")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Discharge summary",
		description = "The plan's discharge summary, which completing the plan requires (EPISODE.md R11).")
class DischargeSummaryController {

	private final DischargeSummaries summaries;

	DischargeSummaryController(DischargeSummaries summaries) {
		this.summaries = summaries;
	}

	@PostMapping
	@Operation(summary = "Write the plan's discharge summary as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DISCHARGE_SUMMARY_EXISTS,
			when = "the plan has its discharge summary already")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.UNKNOWN_OUTCOME,
			when = "an outcome measure is not the patient's")
	ResponseEntity<DischargeSummaryView> write(@PathVariable UUID planId,
			@Valid @RequestBody WriteDischargeSummary command) {
		DischargeSummaryView summary = summaries.write(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/discharge-summary"))
			.body(summary);
	}

	@GetMapping
	@Operation(summary = "Read the plan's discharge summary")
	DischargeSummaryView find(@PathVariable UUID planId) {
		return summaries.find(planId);
	}

	@PutMapping
	@Operation(summary = "Rewrite the draft discharge summary")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_SIGNED,
			when = "the summary is signed")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.UNKNOWN_OUTCOME,
			when = "an outcome measure is not the patient's")
	DischargeSummaryView rewrite(@PathVariable UUID planId, @Valid @RequestBody WriteDischargeSummary command) {
		return summaries.rewrite(planId, command);
	}

	@PostMapping("/sign")
	@Operation(summary = "Sign the discharge summary: goals take their final status, the home program is frozen")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_SIGNED,
			when = "the summary is signed already")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.INVALID_PERIOD,
			when = "the discharge date is before the last treatment day")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.GOAL_STATUSES_INCOMPLETE,
			when = "the goal statuses do not name exactly the plan's ACTIVE goals")
	DischargeSummaryView sign(@PathVariable UUID planId) {
		return summaries.sign(planId);
	}

	@PostMapping("/addenda")
	@Operation(summary = "Add an addendum to the signed discharge summary")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DOCUMENT_NOT_SIGNED,
			when = "the summary is a draft")
	ResponseEntity<DischargeSummaryView> addAddendum(@PathVariable UUID planId,
			@Valid @RequestBody AddAddendum command) {
		DischargeSummaryView summary = summaries.addAddendum(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/discharge-summary#addendum-"
				+ summary.addenda().getLast().id()))
			.body(summary);
	}

}

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ProblemResponse;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/hep-adherence")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Home-exercise adherence",
		description = "What the patient did of the home program each week (EPISODE.md R12): percent, band and pain flag.")
class HepAdherenceController {

	private final HomeExerciseAdherence adherence;

	HepAdherenceController(HomeExerciseAdherence adherence) {
		this.adherence = adherence;
	}

	@PostMapping
	@Operation(summary = "Record a week of home-exercise adherence for one prescription")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.PRESCRIPTION_NOT_IN_FORCE,
			when = "the plan is not ACTIVE or its home program on reportedOn does not list the prescription")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.DUPLICATE_ADHERENCE_ENTRY,
			when = "the prescription already has an entry for reportedOn")
	ResponseEntity<AdherenceEntryView> record(@PathVariable UUID planId, @Valid @RequestBody RecordAdherence command) {
		AdherenceEntryView entry = adherence.record(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/hep-adherence/" + entry.id()))
			.body(entry);
	}

	/**
	 * {@code to} defaults to today (clinic-local), {@code from} to 366 days up to
	 * {@code to}; at most 366 days (else 400).
	 */
	@GetMapping
	@Operation(summary = "List adherence entries with a summary per prescription")
	AdherenceView list(@PathVariable UUID planId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return adherence.between(planId, from, to);
	}

	/** Where a new entry's {@code Location} points. */
	@GetMapping("/{entryId}")
	@Operation(summary = "Read one adherence entry")
	AdherenceEntryView find(@PathVariable UUID planId, @PathVariable UUID entryId) {
		return adherence.find(planId, entryId);
	}

}

package ilium.episode;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/hep-adherence")
@PreAuthorize("hasRole('THERAPIST')")
class HepAdherenceController {

	private final HomeExerciseAdherence adherence;

	HepAdherenceController(HomeExerciseAdherence adherence) {
		this.adherence = adherence;
	}

	@PostMapping
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
	AdherenceView list(@PathVariable UUID planId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return adherence.between(planId, from, to);
	}

	/** Where a new entry's {@code Location} points. */
	@GetMapping("/{entryId}")
	AdherenceEntryView find(@PathVariable UUID planId, @PathVariable UUID entryId) {
		return adherence.find(planId, entryId);
	}

}

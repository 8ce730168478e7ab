package ilium.episode;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ClinicException;
import ilium.shared.ProblemResponse;
import ilium.treatment.TreatmentProblems;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/certifications")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Certifications",
		description = "The physician's certification of the plan of care, interval by interval (EPISODE.md R8).")
class CertificationController {

	private final Certifications certifications;

	CertificationController(Certifications certifications) {
		this.certifications = certifications;
	}

	/** 201 when the write records the interval first, 200 after. */
	@PutMapping("/{seq}")
	@Operation(summary = "Record the certification of one interval of the plan of care")
	@ApiResponse(responseCode = "201", description = "the interval's first write: it is recorded",
			content = @Content(schema = @Schema(implementation = CertificationView.class)))
	@ApiResponse(responseCode = "200", description = "a later write: the interval now, the earlier write in history",
			content = @Content(schema = @Schema(implementation = CertificationView.class)))
	@ProblemResponse(status = HttpStatus.CONFLICT, type = EpisodeProblems.EPISODE_NOT_STARTED,
			when = "the plan has no treatment day yet")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.PLAN_OF_CARE_INCOMPLETE,
			when = "the plan is not ready for certification")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.CERTIFICATION_OUT_OF_SEQUENCE,
			when = "an earlier interval is unrecorded or uncertified, or the interval would start after the plan's end")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = EpisodeProblems.REFERRAL_EXCEPTION_NOT_ALLOWED,
			when = "the 2025 referral exception does not apply to this interval")
	ResponseEntity<CertificationView> record(@PathVariable UUID planId, @PathVariable int seq,
			@Valid @RequestBody RecordCertification command) {
		Certifications.Recorded recorded = certifications.record(planId, seq, command);
		if (recorded.created()) {
			return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/certifications/" + seq))
				.body(recorded.interval());
		}
		return ResponseEntity.ok(recorded.interval());
	}

	/**
	 * One interval as of {@code on} (default today), where a new one's {@code Location}
	 * points.
	 */
	@GetMapping("/{seq}")
	@Operation(summary = "Read one certification interval with its status on a day")
	CertificationView find(@PathVariable UUID planId, @PathVariable int seq,
			@RequestParam(required = false) @Nullable LocalDate on) {
		return certifications.of(planId, on)
			.intervals()
			.stream()
			.filter(interval -> interval.seq() == seq)
			.findFirst()
			.orElseThrow(() -> ClinicException.notFound("certification interval"));
	}

	/** {@code on} defaults to today (clinic-local). */
	@GetMapping
	@Operation(summary = "List the plan's certification intervals with their status on a day")
	CertificationsView list(@PathVariable UUID planId, @RequestParam(required = false) @Nullable LocalDate on) {
		return certifications.of(planId, on);
	}

}

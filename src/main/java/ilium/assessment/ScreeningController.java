package ilium.assessment;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;

@RestController
@RequestMapping("/api/v1/patients/{patientId}/screenings")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Red-flag screenings",
		description = "Screening for red flags before treatment, and physician clearances of the referrals they raise.")
class ScreeningController {

	private final ScreeningRecords screenings;

	ScreeningController(ScreeningRecords screenings) {
		this.screenings = screenings;
	}

	@PostMapping
	@Operation(summary = "Record a red-flag screening; the service decides the disposition")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ScreeningView> record(@PathVariable UUID patientId, @Valid @RequestBody RecordScreening answers) {
		ScreeningView screening = screenings.record(patientId, answers);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/screenings/" + screening.id()))
			.body(screening);
	}

	@PostMapping("/{screeningId}/clearance")
	@Operation(summary = "Record a physician clearance of the referral a screening raised")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = AssessmentProblems.NOTHING_TO_CLEAR,
			when = "the screening raised no red flag")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = AssessmentProblems.ALREADY_CLEARED,
			when = "a clearance is already recorded")
	ScreeningView clear(@PathVariable UUID patientId, @PathVariable UUID screeningId,
			@Valid @RequestBody ClearScreening clearance) {
		return screenings.clear(patientId, screeningId, clearance);
	}

	@GetMapping("/{screeningId}")
	@Operation(summary = "Read a screening")
	ScreeningView get(@PathVariable UUID patientId, @PathVariable UUID screeningId) {
		return screenings.get(patientId, screeningId);
	}

	@GetMapping
	@Operation(summary = "List the screenings of a patient")
	PageView<ScreeningView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return screenings.list(patientId, PageQuery.of(page, size));
	}

}

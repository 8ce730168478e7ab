package ilium.outcomes;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ClinicException;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;
import tools.jackson.databind.exc.InvalidTypeIdException;

@RestController
@RequestMapping("/api/v1/patients/{patientId}/outcomes")
@Tag(name = "Outcome measures",
		description = "NPRS, ODI, PSFS and RMDQ measures scored by the service, their series and the change against the MCID.")
class OutcomeController {

	private final OutcomeTracking tracking;

	OutcomeController(OutcomeTracking tracking) {
		this.tracking = tracking;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Record an outcome measure; the service scores it")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.UNKNOWN_TREATMENT_PLAN,
			when = "`treatmentPlanId` is not a plan of this patient")
	ResponseEntity<OutcomeView> record(@PathVariable UUID patientId, @Valid @RequestBody RecordOutcome command) {
		OutcomeView view = tracking.record(patientId, command);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/outcomes/" + view.id()))
			.body(view);
	}

	@GetMapping
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "List the outcome measures of a patient, oldest first")
	List<OutcomeView> series(@PathVariable UUID patientId,
			@RequestParam(required = false) @Nullable Instrument instrument) {
		return tracking.series(patientId, instrument);
	}

	@GetMapping("/{outcomeId}")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Read one outcome measure")
	OutcomeView measure(@PathVariable UUID patientId, @PathVariable UUID outcomeId) {
		return tracking.find(patientId, outcomeId);
	}

	@PostMapping("/{outcomeId}/entered-in-error")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(
			summary = "Mark an outcome measure entered in error: kept in the series, left out of summaries and reports")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = OutcomesProblems.ALREADY_ENTERED_IN_ERROR,
			when = "it is already marked")
	OutcomeView markEnteredInError(@PathVariable UUID patientId, @PathVariable UUID outcomeId,
			@Valid @RequestBody MarkEnteredInError command) {
		return tracking.markEnteredInError(patientId, outcomeId, command);
	}

	@GetMapping("/summary")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Summarise each instrument: baseline, latest, change and improvement by the MCID")
	List<OutcomeSummary> summary(@PathVariable UUID patientId,
			@RequestParam(required = false) @Nullable UUID treatmentPlanId) {
		return tracking.summary(patientId, treatmentPlanId);
	}

	/**
	 * A missing or unknown {@code instrument} (Jackson cannot pick a variant): 400 naming
	 * it.
	 */
	@ExceptionHandler(InvalidTypeIdException.class)
	ResponseEntity<ProblemDetail> unknownInstrument(InvalidTypeIdException ex) {
		ClinicException problem = ClinicException.badRequest("instrument", "must be one of NPRS, ODI, PSFS, RMDQ");
		return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
	}

}

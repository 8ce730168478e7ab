package ilium.treatment;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.assessment.AssessmentProblems;
import ilium.shared.ETags;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/prescriptions")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Prescriptions",
		description = "Home exercises prescribed on a plan, each earlier dose kept in their history.")
class PrescriptionController {

	private final HomeExercises homeExercises;

	PrescriptionController(HomeExercises homeExercises) {
		this.homeExercises = homeExercises;
	}

	@PostMapping
	@Operation(summary = "Prescribe a home exercise on a plan")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.UNKNOWN_EXERCISE,
			when = "no exercise of the library has `exerciseId`")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "a referral of the patient awaits a physician clearance")
	ResponseEntity<PrescriptionView> prescribe(@PathVariable UUID planId, @Valid @RequestBody Prescribe command) {
		PrescriptionView prescription = homeExercises.prescribe(planId, command);
		return ResponseEntity
			.created(URI.create("/api/v1/treatment-plans/" + planId + "/prescriptions/" + prescription.id()))
			.body(prescription);
	}

	/** Where a new prescription's {@code Location} points. */
	@GetMapping("/{prescriptionId}")
	@Operation(summary = "Read a prescription with its dose history")
	PrescriptionView find(@PathVariable UUID planId, @PathVariable UUID prescriptionId) {
		return homeExercises.find(planId, prescriptionId);
	}

	/**
	 * {@code If-Match} carries the plan's ETag: a plan and its prescriptions change as
	 * one, each change advancing the plan's version, so a dose set on a stale view of the
	 * plan is 412 and changes nothing.
	 */
	@PatchMapping(path = "/{prescriptionId}", consumes = { "application/json", "application/merge-patch+json" })
	@Operation(summary = "Change the dose of a prescription; the previous one goes to its history")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TreatmentProblems.PRESCRIPTION_STOPPED,
			when = "the prescription is stopped")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "a referral of the patient awaits a physician clearance")
	PrescriptionView changeDose(@PathVariable UUID planId, @PathVariable UUID prescriptionId,
			@Valid @RequestBody ChangeDose change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return homeExercises.changeDose(planId, prescriptionId, change, ETags.expectedVersion(ifMatch));
	}

	@DeleteMapping("/{prescriptionId}")
	@Operation(summary = "Stop a prescription (kept, `active: false`)")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	PrescriptionView stop(@PathVariable UUID planId, @PathVariable UUID prescriptionId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return homeExercises.stop(planId, prescriptionId, ETags.expectedVersion(ifMatch));
	}

}

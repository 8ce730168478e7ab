package ilium.treatment;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;

@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/prescriptions")
@PreAuthorize("hasRole('THERAPIST')")
class PrescriptionController {

	private final HomeExercises homeExercises;

	PrescriptionController(HomeExercises homeExercises) {
		this.homeExercises = homeExercises;
	}

	@PostMapping
	ResponseEntity<PrescriptionView> prescribe(@PathVariable UUID planId, @Valid @RequestBody Prescribe command) {
		PrescriptionView prescription = homeExercises.prescribe(planId, command);
		return ResponseEntity
			.created(URI.create("/api/v1/treatment-plans/" + planId + "/prescriptions/" + prescription.id()))
			.body(prescription);
	}

	/** Where a new prescription's {@code Location} points. */
	@GetMapping("/{prescriptionId}")
	PrescriptionView find(@PathVariable UUID planId, @PathVariable UUID prescriptionId) {
		return homeExercises.find(planId, prescriptionId);
	}

	/**
	 * {@code If-Match} carries the plan's ETag: a plan and its prescriptions change as
	 * one, each change advancing the plan's version, so a dose set on a stale view of the
	 * plan is 412 and changes nothing.
	 */
	@PatchMapping(path = "/{prescriptionId}", consumes = { "application/json", "application/merge-patch+json" })
	PrescriptionView changeDose(@PathVariable UUID planId, @PathVariable UUID prescriptionId,
			@Valid @RequestBody ChangeDose change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return homeExercises.changeDose(planId, prescriptionId, change, ETags.expectedVersion(ifMatch));
	}

	@DeleteMapping("/{prescriptionId}")
	PrescriptionView stop(@PathVariable UUID planId, @PathVariable UUID prescriptionId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return homeExercises.stop(planId, prescriptionId, ETags.expectedVersion(ifMatch));
	}

}

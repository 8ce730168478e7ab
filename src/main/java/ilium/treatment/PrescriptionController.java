package ilium.treatment;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

	@PatchMapping(path = "/{prescriptionId}", consumes = { "application/json", "application/merge-patch+json" })
	PrescriptionView changeDose(@PathVariable UUID planId, @PathVariable UUID prescriptionId,
			@Valid @RequestBody ChangeDose change) {
		return homeExercises.changeDose(planId, prescriptionId, change);
	}

	@DeleteMapping("/{prescriptionId}")
	PrescriptionView stop(@PathVariable UUID planId, @PathVariable UUID prescriptionId) {
		return homeExercises.stop(planId, prescriptionId);
	}

}

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
@RequestMapping("/api/v1/patients/{patientId}/evaluations")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Evaluations",
		description = "SI joint evaluations: provocation tests, ASLR and mobility, with the Laslett cluster computed by the service.")
class EvaluationController {

	private final EvaluationRecords evaluations;

	EvaluationController(EvaluationRecords evaluations) {
		this.evaluations = evaluations;
	}

	@PostMapping
	@Operation(summary = "Record an SI joint evaluation; the service computes the Laslett cluster")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT,
			type = AssessmentProblems.APPOINTMENT_OF_ANOTHER_PATIENT,
			when = "`appointmentId` is not an appointment of this patient")
	ResponseEntity<EvaluationView> record(@PathVariable UUID patientId,
			@Valid @RequestBody RecordEvaluation evaluation) {
		EvaluationView recorded = evaluations.record(patientId, evaluation);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/evaluations/" + recorded.id()))
			.body(recorded);
	}

	@GetMapping("/{evaluationId}")
	@Operation(summary = "Read an evaluation")
	EvaluationView get(@PathVariable UUID patientId, @PathVariable UUID evaluationId) {
		return evaluations.get(patientId, evaluationId);
	}

	@GetMapping
	@Operation(summary = "List the evaluations of a patient")
	PageView<EvaluationView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return evaluations.list(patientId, PageQuery.of(page, size));
	}

}

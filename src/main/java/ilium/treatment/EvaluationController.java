package ilium.treatment;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@RequestMapping("/api/v1/patients/{patientId}/evaluations")
@PreAuthorize("hasRole('THERAPIST')")
class EvaluationController {

	private final EvaluationRecords evaluations;

	EvaluationController(EvaluationRecords evaluations) {
		this.evaluations = evaluations;
	}

	@PostMapping
	ResponseEntity<EvaluationView> record(@PathVariable UUID patientId,
			@Valid @RequestBody RecordEvaluation evaluation) {
		EvaluationView recorded = evaluations.record(patientId, evaluation);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/evaluations/" + recorded.id()))
			.body(recorded);
	}

	@GetMapping("/{evaluationId}")
	EvaluationView get(@PathVariable UUID patientId, @PathVariable UUID evaluationId) {
		return evaluations.get(patientId, evaluationId);
	}

	@GetMapping
	PageView<EvaluationView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return evaluations.list(patientId, PageQuery.of(page, size));
	}

}

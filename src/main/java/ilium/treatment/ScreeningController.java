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
@RequestMapping("/api/v1/patients/{patientId}/screenings")
@PreAuthorize("hasRole('THERAPIST')")
class ScreeningController {

	private final ScreeningRecords screenings;

	ScreeningController(ScreeningRecords screenings) {
		this.screenings = screenings;
	}

	@PostMapping
	ResponseEntity<ScreeningView> record(@PathVariable UUID patientId, @Valid @RequestBody RecordScreening answers) {
		ScreeningView screening = screenings.record(patientId, answers);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/screenings/" + screening.id()))
			.body(screening);
	}

	@PostMapping("/{screeningId}/clearance")
	ScreeningView clear(@PathVariable UUID patientId, @PathVariable UUID screeningId,
			@Valid @RequestBody ClearScreening clearance) {
		return screenings.clear(patientId, screeningId, clearance);
	}

	@GetMapping("/{screeningId}")
	ScreeningView get(@PathVariable UUID patientId, @PathVariable UUID screeningId) {
		return screenings.get(patientId, screeningId);
	}

	@GetMapping
	PageView<ScreeningView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return screenings.list(patientId, PageQuery.of(page, size));
	}

}

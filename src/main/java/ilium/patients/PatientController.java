package ilium.patients;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/patients")
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
@Tag(name = "Patients",
		description = "Patient demographics: registration, search, changes and archiving (nothing is ever deleted).")
class PatientController {

	private final PatientRegistry registry;

	PatientController(PatientRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@Operation(summary = "Register a patient")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = PatientsProblems.DUPLICATE_PATIENT,
			when = "an active patient has the same names and date of birth (`existingPatientId` names them)")
	ResponseEntity<PatientView> register(@Valid @RequestBody RegisterPatient patient) {
		PatientView registered = registry.register(patient);
		return ResponseEntity.created(URI.create("/api/v1/patients/" + registered.id()))
			.eTag(ETags.of(registered.version()))
			.body(registered);
	}

	@GetMapping
	@Operation(summary = "Search patients by name, phone or date of birth")
	PageView<PatientView> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean includeArchived,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return registry.search(q, includeArchived, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a patient")
	ResponseEntity<PatientView> read(@PathVariable UUID id) {
		return withETag(registry.read(id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@Operation(summary = "Change the details of a patient (JSON merge patch)",
			description = "The body is a merge patch of the fields of `RegisterPatient`.")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = PatientsProblems.DUPLICATE_PATIENT,
			when = "the change makes the patient a duplicate of another active patient")
	ResponseEntity<PatientView> change(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(registry.change(id, patch, ETags.expectedVersion(ifMatch)));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Archive a patient (kept, `active: false`)")
	ResponseEntity<PatientView> archive(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(registry.archive(id, ETags.expectedVersion(ifMatch)));
	}

	private static ResponseEntity<PatientView> withETag(PatientView patient) {
		return ResponseEntity.ok().eTag(ETags.of(patient.version())).body(patient);
	}

}

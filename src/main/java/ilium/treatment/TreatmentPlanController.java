package ilium.treatment;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('THERAPIST')")
class TreatmentPlanController {

	private final TreatmentPlanning planning;

	private final PlanChanges changes;

	private final HomePrograms homePrograms;

	private final PlansOfCare plansOfCare;

	TreatmentPlanController(TreatmentPlanning planning, PlanChanges changes, HomePrograms homePrograms,
			PlansOfCare plansOfCare) {
		this.planning = planning;
		this.changes = changes;
		this.homePrograms = homePrograms;
		this.plansOfCare = plansOfCare;
	}

	@PostMapping("/patients/{patientId}/treatment-plans")
	ResponseEntity<TreatmentPlanView> create(@PathVariable UUID patientId,
			@Valid @RequestBody CreateTreatmentPlan command) {
		TreatmentPlanView plan = planning.create(patientId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + plan.id()))
			.eTag(ETags.of(plan.version()))
			.body(plan);
	}

	@GetMapping("/patients/{patientId}/treatment-plans")
	PageView<TreatmentPlanView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return planning.list(patientId, PageQuery.of(page, size));
	}

	@GetMapping("/treatment-plans/{id}")
	ResponseEntity<TreatmentPlanView> get(@PathVariable UUID id) {
		return withETag(planning.get(id));
	}

	@PostMapping("/treatment-plans/{id}/activate")
	ResponseEntity<TreatmentPlanView> activate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.activate(id, ETags.expectedVersion(ifMatch)));
	}

	/** From ON_HOLD back to ACTIVE, through the same red-flag gate as activation. */
	@PostMapping("/treatment-plans/{id}/resume")
	ResponseEntity<TreatmentPlanView> resume(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.resume(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/treatment-plans/{id}/complete")
	ResponseEntity<TreatmentPlanView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.complete(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/treatment-plans/{id}/discontinue")
	ResponseEntity<TreatmentPlanView> discontinue(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DiscontinuePlan command) {
		return withETag(changes.discontinue(id, ETags.expectedVersion(ifMatch), command.reason()));
	}

	@PutMapping("/treatment-plans/{id}/belt-advice")
	ResponseEntity<TreatmentPlanView> beltAdvice(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetBeltAdvice command) {
		return withETag(changes.setBeltAdvice(id, ETags.expectedVersion(ifMatch), command));
	}

	@PutMapping("/treatment-plans/{id}/education")
	ResponseEntity<TreatmentPlanView> education(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetEducation command) {
		return withETag(changes.setEducation(id, ETags.expectedVersion(ifMatch), command));
	}

	@PutMapping("/treatment-plans/{id}/plan-of-care")
	ResponseEntity<TreatmentPlanView> planOfCare(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetPlanOfCare command) {
		return withETag(plansOfCare.put(id, ETags.expectedVersion(ifMatch), command));
	}

	@GetMapping("/treatment-plans/{id}/home-program")
	HomeProgramView homeProgram(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate on) {
		return homePrograms.on(id, on);
	}

	private static ResponseEntity<TreatmentPlanView> withETag(TreatmentPlanView plan) {
		return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
	}

}

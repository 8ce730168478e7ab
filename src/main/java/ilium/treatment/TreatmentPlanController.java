package ilium.treatment;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.assessment.AssessmentProblems;
import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Treatment plans",
		description = "Plans of care and their status (DRAFT, ACTIVE, ON_HOLD, COMPLETED, DISCONTINUED), belt advice, education and the home program.")
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
	@Operation(summary = "Create a draft treatment plan, from a protocol or from scratch")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.UNKNOWN_PROTOCOL,
			when = "no protocol has `protocolId`")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.UNKNOWN_THERAPIST,
			when = "no therapist has `therapistId`")
	ResponseEntity<TreatmentPlanView> create(@PathVariable UUID patientId,
			@Valid @RequestBody CreateTreatmentPlan command) {
		TreatmentPlanView plan = planning.create(patientId, command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + plan.id()))
			.eTag(ETags.of(plan.version()))
			.body(plan);
	}

	@GetMapping("/patients/{patientId}/treatment-plans")
	@Operation(summary = "List the treatment plans of a patient")
	PageView<TreatmentPlanView> list(@PathVariable UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return planning.list(patientId, PageQuery.of(page, size));
	}

	@GetMapping("/treatment-plans/{id}")
	@Operation(summary = "Read a treatment plan")
	ResponseEntity<TreatmentPlanView> get(@PathVariable UUID id) {
		return withETag(planning.get(id));
	}

	@PostMapping("/treatment-plans/{id}/activate")
	@Operation(summary = "Activate a draft plan, through the red-flag gate")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the plan is not DRAFT")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TreatmentProblems.ACTIVE_PLAN_EXISTS,
			when = "the patient already has an ACTIVE or ON_HOLD plan")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "a referral of the patient awaits a physician clearance")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.SCREENING_REQUIRED,
			when = "the patient has no screening recent enough")
	ResponseEntity<TreatmentPlanView> activate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.activate(id, ETags.expectedVersion(ifMatch)));
	}

	/** From ON_HOLD back to ACTIVE, through the same red-flag gate as activation. */
	@PostMapping("/treatment-plans/{id}/resume")
	@Operation(summary = "Resume a plan on hold, through the red-flag gate")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the plan is not ON_HOLD")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TreatmentProblems.ACTIVE_PLAN_EXISTS,
			when = "the patient already has an ACTIVE or ON_HOLD plan")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "a referral of the patient awaits a physician clearance")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.SCREENING_REQUIRED,
			when = "the patient has no screening recent enough")
	ResponseEntity<TreatmentPlanView> resume(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.resume(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/treatment-plans/{id}/complete")
	@Operation(summary = "Complete a plan")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the plan status does not allow it")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.DISCHARGE_SUMMARY_REQUIRED,
			when = "the plan has no signed discharge summary dated on or after its last treatment day")
	ResponseEntity<TreatmentPlanView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.complete(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/treatment-plans/{id}/discontinue")
	@Operation(summary = "Discontinue a plan, giving the reason")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the plan status does not allow it")
	ResponseEntity<TreatmentPlanView> discontinue(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DiscontinuePlan command) {
		return withETag(changes.discontinue(id, ETags.expectedVersion(ifMatch), command.reason()));
	}

	@PutMapping("/treatment-plans/{id}/belt-advice")
	@Operation(summary = "Set the SI belt advice of a plan")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	ResponseEntity<TreatmentPlanView> beltAdvice(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetBeltAdvice command) {
		return withETag(changes.setBeltAdvice(id, ETags.expectedVersion(ifMatch), command));
	}

	@PutMapping("/treatment-plans/{id}/education")
	@Operation(summary = "Set the education topics of a plan")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	ResponseEntity<TreatmentPlanView> education(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetEducation command) {
		return withETag(changes.setEducation(id, ETags.expectedVersion(ifMatch), command));
	}

	@PutMapping("/treatment-plans/{id}/plan-of-care")
	@Operation(summary = "Set a plan's plan of care: payer, referral, planned services, frequency and duration")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	ResponseEntity<TreatmentPlanView> planOfCare(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SetPlanOfCare command) {
		return withETag(plansOfCare.put(id, ETags.expectedVersion(ifMatch), command));
	}

	@GetMapping("/treatment-plans/{id}/home-program")
	@Operation(summary = "Read the home program in force on a date: what the patient takes home")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_NOT_ACTIVE,
			when = "the plan was never activated")
	HomeProgramView homeProgram(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate on) {
		return homePrograms.on(id, on);
	}

	private static ResponseEntity<TreatmentPlanView> withETag(TreatmentPlanView plan) {
		return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
	}

}

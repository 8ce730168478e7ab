package ilium.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.billing.CptCode;
import ilium.shared.ClinicException;
import ilium.shared.SharedProblems;

/**
 * Plans of care and their goals (EPISODE.md "Data"). For other modules: a plan's plan of
 * care, what it still lacks for certification, its goals, and the goal statuses that
 * progress reports and the discharge summary record. Those methods are not audited here:
 * the caller audits what it does with them. The plan of care itself is put by the plan's
 * therapist, audited.
 */
@Service
public class PlansOfCare {

	private final TreatmentPlanning planning;

	private final TreatmentPlanRepository plans;

	private final GoalRepository goals;

	private final AuditTrail auditTrail;

	PlansOfCare(TreatmentPlanning planning, TreatmentPlanRepository plans, GoalRepository goals,
			AuditTrail auditTrail) {
		this.planning = planning;
		this.plans = plans;
		this.goals = goals;
		this.auditTrail = auditTrail;
	}

	/**
	 * The plan of care of the plan with this id; empty when there is no such plan. Its
	 * {@code payerProfile} is null until the plan's therapist puts one.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanOfCare> of(UUID planId) {
		return planning.find(planId).map(TreatmentPlanView::planOfCare);
	}

	/**
	 * EPISODE.md "Ready for certification": the fields the plan still lacks, in this
	 * order: {@code payerProfile}, {@code plannedServices}, {@code goals} (when it has no
	 * measurable ACTIVE LONG_TERM goal). Empty when it is ready; 404 for an unknown plan.
	 */
	@Transactional(readOnly = true)
	public List<String> missingForCertification(UUID planId) {
		return plan(planId).missingForCertification();
	}

	/**
	 * For the compliance worklist (EPISODE.md HTTP): the open and discontinued plans of
	 * this therapist, or of every therapist when null, oldest first. Not audited: the
	 * worklist audits each patient it lists.
	 */
	@Transactional(readOnly = true)
	public List<TreatmentPlanView> forWorklist(@Nullable UUID therapistId) {
		return plans.forWorklist(therapistId);
	}

	/** The plan's goals in the order they were set; 404 for an unknown plan. */
	@Transactional(readOnly = true)
	public List<GoalView> goals(UUID planId) {
		return plan(planId).goals();
	}

	/**
	 * Records the status each named goal takes on {@code statusOn} (a progress report's
	 * {@code periodEnd}, a discharge date), in one transaction, and answers all the
	 * plan's goals. Every named goal must be the plan's (else 422
	 * {@code goal-statuses-incomplete} with {@code goalIds}) and still ACTIVE (else 409
	 * {@code goal-closed} with {@code goalIds}); nothing changes then. The plan may be
	 * closed (a discharge summary may follow a discontinued plan): the caller decides
	 * whether the document may be signed, and who may sign it.
	 */
	@Transactional
	public List<GoalView> recordGoalStatuses(UUID planId, Map<String, GoalStatus> statuses, LocalDate statusOn) {
		TreatmentPlanView plan = plans.find(planId, true).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		Map<String, GoalView> byId = plan.goals().stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
		Map<String, GoalStatus> named = new TreeMap<>(statuses);
		List<String> unknown = named.keySet().stream().filter(id -> !byId.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw withGoalIds(ClinicException.ruleViolated(SharedProblems.GOAL_STATUSES_INCOMPLETE,
					"The plan has no goal with these ids: " + String.join(", ", unknown) + "."), unknown);
		}
		List<String> closed = named.keySet().stream().filter(id -> !byId.get(id).active()).toList();
		if (!closed.isEmpty()) {
			throw withGoalIds(ClinicException.conflict(TreatmentProblems.GOAL_CLOSED,
					"Goals no longer ACTIVE never change: " + String.join(", ", closed) + "."), closed);
		}
		named.forEach((goalId, status) -> goals.changeStatus(planId, goalId, status, statusOn));
		plans.touch(planId);
		return goals.ofPlan(planId);
	}

	/**
	 * Puts the plan's plan of care, by its therapist, while the plan is open (else 403,
	 * 409 {@code plan-closed}); planned services are distinct timed codes or 97164 (R1;
	 * else 400).
	 */
	@Transactional
	TreatmentPlanView put(UUID planId, @Nullable Long expectedVersion, SetPlanOfCare command) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.UPDATE);
		plans.changePlanOfCare(planId, command, plannedServices(command.plannedServices()));
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.TREATMENT_PLAN, planId, plan.patientId());
		return planning.find(planId).orElseThrow();
	}

	private static List<CptCode> plannedServices(List<CptCode> services) {
		if (services.stream().anyMatch(code -> !code.isTimed() && code != CptCode.RE_EVALUATION)) {
			throw ClinicException.badRequest("plannedServices",
					"must be timed codes (97035, 97110, 97112, 97116, 97140, 97530, 97535) or 97164");
		}
		if (services.stream().distinct().count() != services.size()) {
			throw ClinicException.badRequest("plannedServices", "must name each code once");
		}
		return services.stream().sorted().toList();
	}

	private TreatmentPlanView plan(UUID planId) {
		return planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
	}

	private static ClinicException withGoalIds(ClinicException problem, List<String> goalIds) {
		problem.getBody().setProperty("goalIds", goalIds);
		return problem;
	}

}

package ilium.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * A plan's goals through the API (EPISODE.md "Goal"): read by any therapist, set by the
 * plan's therapist while the plan is open. The endpoints take measurable goals only, each
 * reached within the plan ({@code startDate..planEndDate}); a goal no longer ACTIVE never
 * changes. A change of a goal is a change of the plan: its version moves on.
 */
@Service
class PlanGoals {

	private final TreatmentPlanning planning;

	private final TreatmentPlanRepository plans;

	private final GoalRepository goals;

	private final MergePatch mergePatch;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	PlanGoals(TreatmentPlanning planning, TreatmentPlanRepository plans, GoalRepository goals, MergePatch mergePatch,
			AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.planning = planning;
		this.plans = plans;
		this.goals = goals;
		this.mergePatch = mergePatch;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<GoalView> list(UUID planId) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		auditTrail.allowed(AuditAction.READ, AuditResource.TREATMENT_PLAN, planId, plan.patientId());
		return plan.goals();
	}

	@Transactional(readOnly = true)
	GoalView get(UUID planId, String goalId) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		GoalView goal = goals.find(planId, goalId).orElseThrow(() -> ClinicException.notFound("goal"));
		auditTrail.allowed(AuditAction.READ, AuditResource.TREATMENT_PLAN, planId, plan.patientId());
		return goal;
	}

	@Transactional
	GoalView add(UUID planId, @Nullable Long expectedVersion, AddGoal command) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.CREATE);
		command.measure().check();
		requireWithinPlan(plan, command.targetDate());
		String goalId = goals.insert(planId, command.term(), command.description(), command.measure(),
				command.targetDate());
		return changed(plan, goalId, AuditAction.CREATE);
	}

	/**
	 * Applies a JSON merge patch of {@code description}, {@code measure} (merged field by
	 * field) and {@code targetDate}; the result must be a measurable goal.
	 */
	@Transactional
	GoalView change(UUID planId, String goalId, JsonNode patch, @Nullable Long expectedVersion) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.UPDATE);
		GoalView goal = activeGoal(planId, goalId);
		ChangeGoal content = mergePatch.apply(goal.content(), patch, ChangeGoal.class);
		// Both required by ChangeGoal's validation, which the merge patch ran.
		Objects.requireNonNull(content.measure()).check();
		requireWithinPlan(plan, Objects.requireNonNull(content.targetDate()));
		goals.change(planId, goalId, content);
		return changed(plan, goalId, AuditAction.UPDATE);
	}

	/** Discontinues an ACTIVE goal today; it is kept. */
	@Transactional
	GoalView discontinue(UUID planId, String goalId, @Nullable Long expectedVersion) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.STOP);
		activeGoal(planId, goalId);
		goals.changeStatus(planId, goalId, GoalStatus.DISCONTINUED, LocalDate.now(clock.withZone(clinic.timeZone())));
		return changed(plan, goalId, AuditAction.STOP);
	}

	private GoalView activeGoal(UUID planId, String goalId) {
		GoalView goal = goals.find(planId, goalId).orElseThrow(() -> ClinicException.notFound("goal"));
		if (!goal.active()) {
			throw ClinicException.conflict(TreatmentProblems.GOAL_CLOSED,
					"The goal is " + goal.status() + " and can no longer change.");
		}
		return goal;
	}

	private static void requireWithinPlan(TreatmentPlanView plan, LocalDate targetDate) {
		if (!plan.planOfCare().covers(targetDate)) {
			throw ClinicException.ruleViolated(TreatmentProblems.GOAL_TARGET_OUTSIDE_PLAN,
					"The target date must lie within the plan, " + plan.startDate() + " to " + plan.planEndDate()
							+ ".");
		}
	}

	private GoalView changed(TreatmentPlanView plan, String goalId, AuditAction action) {
		plans.touch(plan.id());
		auditTrail.allowed(action, AuditResource.TREATMENT_PLAN, plan.id(), plan.patientId());
		return goals.find(plan.id(), goalId).orElseThrow();
	}

}

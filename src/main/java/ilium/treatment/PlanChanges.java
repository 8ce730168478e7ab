package ilium.treatment;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.DatabaseConstraint;

/**
 * A plan's lifecycle (the activation gate included), belt advice and education, changed
 * only by the plan's assigned therapist.
 */
@Service
class PlanChanges {

	private final TreatmentPlanning planning;

	private final TreatmentPlanRepository plans;

	private final ScreeningRecords screenings;

	private final AuditTrail auditTrail;

	private final Clock clock;

	PlanChanges(TreatmentPlanning planning, TreatmentPlanRepository plans, ScreeningRecords screenings,
			AuditTrail auditTrail, Clock clock) {
		this.planning = planning;
		this.plans = plans;
		this.screenings = screenings;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * DOMAIN.md: a plan is activated only when the patient's latest screening is clear to
	 * treat or cleared by a physician (else 422 naming the flags), and a patient has one
	 * ACTIVE plan at a time (409; the database guarantees it).
	 */
	@Transactional
	TreatmentPlanView activate(UUID planId, @Nullable Long expectedVersion) {
		TreatmentPlanView plan = transition(planId, expectedVersion, PlanStatus.ACTIVE, "ACTIVATE");
		ScreeningView latest = screenings.latest(plan.patientId())
			.orElseThrow(UnresolvedRedFlagsException::noScreening);
		if (!latest.resolved()) {
			throw UnresolvedRedFlagsException.of(latest);
		}
		try {
			plans.changeStatus(planId, PlanStatus.ACTIVE, null, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			if (DatabaseConstraint.is(ex, "treatment_plan_one_active_per_patient")) {
				throw ClinicException.conflict("active-plan-exists",
						"The patient already has an ACTIVE plan; complete or discontinue it first.");
			}
			throw ex;
		}
		return changed(planId, "ACTIVATE", plan);
	}

	@Transactional
	TreatmentPlanView complete(UUID planId, @Nullable Long expectedVersion) {
		TreatmentPlanView plan = transition(planId, expectedVersion, PlanStatus.COMPLETED, "COMPLETE");
		plans.changeStatus(planId, PlanStatus.COMPLETED, null, clock.instant());
		return changed(planId, "COMPLETE", plan);
	}

	@Transactional
	TreatmentPlanView discontinue(UUID planId, @Nullable Long expectedVersion, String reason) {
		TreatmentPlanView plan = transition(planId, expectedVersion, PlanStatus.DISCONTINUED, "DISCONTINUE");
		plans.changeStatus(planId, PlanStatus.DISCONTINUED, reason.strip(), clock.instant());
		return changed(planId, "DISCONTINUE", plan);
	}

	/** The therapist's belt advice replaces what the belt rule filled in. */
	@Transactional
	TreatmentPlanView setBeltAdvice(UUID planId, @Nullable Long expectedVersion, SetBeltAdvice command) {
		BeltAdvice advice = command.advice();
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, "UPDATE");
		plans.changeBeltAdvice(planId, advice);
		return changed(planId, "UPDATE", plan);
	}

	@Transactional
	TreatmentPlanView setEducation(UUID planId, @Nullable Long expectedVersion, SetEducation command) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, "UPDATE");
		plans.changeEducation(planId, command.topics().stream().distinct().toList());
		return changed(planId, "UPDATE", plan);
	}

	private TreatmentPlanView transition(UUID planId, @Nullable Long expectedVersion, PlanStatus next, String action) {
		TreatmentPlanView plan = planning.lockForChange(planId, expectedVersion, action);
		if (!plan.status().mayBecome(next)) {
			throw ClinicException.conflict("illegal-transition",
					"A " + plan.status() + " plan cannot become " + next + ".");
		}
		return plan;
	}

	private TreatmentPlanView changed(UUID planId, String action, TreatmentPlanView before) {
		auditTrail.allowed(action, "treatment-plan", planId, before.patientId());
		return planning.find(planId).orElseThrow();
	}

}

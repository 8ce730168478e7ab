package ilium.treatment;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.assessment.RedFlagGate;
import ilium.assessment.UnresolvedRedFlagsException;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.SharedProblems;

/**
 * A plan's lifecycle (the activation gate included), belt advice and education, changed
 * only by the plan's assigned therapist.
 */
@Service
public class PlanChanges {

	private final TreatmentPlanning planning;

	private final TreatmentPlanRepository plans;

	private final RedFlagGate gate;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	private final DischargeRequirement discharge;

	private final Clock clock;

	PlanChanges(TreatmentPlanning planning, TreatmentPlanRepository plans, RedFlagGate gate, PatientRegistry patients,
			AuditTrail auditTrail, DischargeRequirement discharge, Clock clock) {
		this.discharge = discharge;
		this.planning = planning;
		this.plans = plans;
		this.gate = gate;
		this.patients = patients;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * DOMAIN.md: a plan is activated only through the red-flag gate (no referral left
	 * uncleared, a screening at most the configured number of days old, the patient not
	 * archived: 422), and a patient has one open plan at a time (409; the database
	 * guarantees both).
	 */
	@Transactional
	public TreatmentPlanView activate(UUID planId, @Nullable Long expectedVersion) {
		return openForTreatment(planId, expectedVersion, PlanStatus.DRAFT, AuditAction.ACTIVATE);
	}

	/** DOMAIN.md: an ON_HOLD plan resumes through the same gate as activation. */
	@Transactional
	public TreatmentPlanView resume(UUID planId, @Nullable Long expectedVersion) {
		return openForTreatment(planId, expectedVersion, PlanStatus.ON_HOLD, AuditAction.RESUME);
	}

	/**
	 * EPISODE.md R11: a plan completes only with a signed discharge summary dated on or
	 * after its last treatment day (422).
	 */
	@Transactional
	public TreatmentPlanView complete(UUID planId, @Nullable Long expectedVersion) {
		TreatmentPlanView plan = transition(planId, expectedVersion, PlanStatus.COMPLETED, AuditAction.COMPLETE);
		discharge.requireSignedSummary(planId);
		plans.changeStatus(planId, PlanStatus.COMPLETED, null, staff(), clock.instant());
		return changed(planId, AuditAction.COMPLETE, plan);
	}

	/**
	 * Ends the plan (or abandons a draft) with a reason. Its prescriptions stop with it
	 * (PostgreSQL stops them in the same transaction).
	 */
	@Transactional
	public TreatmentPlanView discontinue(UUID planId, @Nullable Long expectedVersion, String reason) {
		TreatmentPlanView plan = transition(planId, expectedVersion, PlanStatus.DISCONTINUED, AuditAction.DISCONTINUE);
		plans.changeStatus(planId, PlanStatus.DISCONTINUED, reason.strip(), staff(), clock.instant());
		return changed(planId, AuditAction.DISCONTINUE, plan);
	}

	private TreatmentPlanView openForTreatment(UUID planId, @Nullable Long expectedVersion, PlanStatus from,
			AuditAction action) {
		TreatmentPlanView plan = planning.lockForChange(planId, expectedVersion, action);
		if (plan.status() != from) {
			throw ClinicException.conflict(SharedProblems.ILLEGAL_TRANSITION, "A " + plan.status() + " plan cannot be "
					+ (from == PlanStatus.DRAFT ? "activated" : "resumed") + "; only a " + from + " one can.");
		}
		patients.requireActive(plan.patientId());
		gate.requireClearedToStartTreatment(plan.patientId());
		try {
			plans.changeStatus(planId, PlanStatus.ACTIVE, null, staff(), clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "treatment_plan_one_open_per_patient")) {
				throw ClinicException.conflict(TreatmentProblems.ACTIVE_PLAN_EXISTS,
						"The patient already has an ACTIVE or ON_HOLD plan; complete or discontinue it first.");
			}
			if (DatabaseConstraint.is(ex, "treatment_plan_red_flag_gate")) {
				// A referral committed while this request ran; the transaction is
				// aborted, so
				// the answer cannot read which one.
				throw UnresolvedRedFlagsException.recordedMeanwhile();
			}
			throw ex;
		}
		return changed(planId, action, plan);
	}

	/** The therapist's belt advice replaces what the belt rule filled in. */
	@Transactional
	TreatmentPlanView setBeltAdvice(UUID planId, @Nullable Long expectedVersion, SetBeltAdvice command) {
		BeltAdvice advice = command.advice();
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.UPDATE);
		plans.changeBeltAdvice(planId, advice);
		return changed(planId, AuditAction.UPDATE, plan);
	}

	@Transactional
	TreatmentPlanView setEducation(UUID planId, @Nullable Long expectedVersion, SetEducation command) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedVersion, AuditAction.UPDATE);
		plans.changeEducation(planId, command.topics().stream().distinct().toList());
		return changed(planId, AuditAction.UPDATE, plan);
	}

	private TreatmentPlanView transition(UUID planId, @Nullable Long expectedVersion, PlanStatus next,
			AuditAction action) {
		TreatmentPlanView plan = planning.lockForChange(planId, expectedVersion, action);
		if (!plan.status().mayBecome(next)) {
			throw ClinicException.conflict(SharedProblems.ILLEGAL_TRANSITION,
					"A " + plan.status() + " plan cannot become " + next + ".");
		}
		return plan;
	}

	private static UUID staff() {
		return CurrentStaff.require().userId();
	}

	private TreatmentPlanView changed(UUID planId, AuditAction action, TreatmentPlanView before) {
		auditTrail.allowed(action, AuditResource.TREATMENT_PLAN, planId, before.patientId());
		return planning.find(planId).orElseThrow();
	}

}

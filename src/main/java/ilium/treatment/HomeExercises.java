package ilium.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.assessment.RedFlagGate;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.exercises.Dosage;
import ilium.exercises.ExerciseLibrary;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;

/**
 * Home exercise prescriptions of a plan: prescribed, dosed and stopped by the plan's
 * therapist, never while the patient has an uncleared referral (DOMAIN.md, the red-flag
 * gate).
 *
 * <p>
 * A hold progresses from the day it was set: the day prescribed (the plan's start date
 * when that is later), or the day of the last change of hold or progression.
 */
@Service
public class HomeExercises {

	private final TreatmentPlanning planning;

	private final TreatmentPlanRepository plans;

	private final PrescriptionRepository prescriptions;

	private final RedFlagGate gate;

	private final ExerciseLibrary exercises;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	HomeExercises(TreatmentPlanning planning, TreatmentPlanRepository plans, PrescriptionRepository prescriptions,
			RedFlagGate gate, ExerciseLibrary exercises, AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.gate = gate;
		this.planning = planning;
		this.plans = plans;
		this.prescriptions = prescriptions;
		this.exercises = exercises;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	@Transactional
	public PrescriptionView prescribe(UUID planId, Prescribe command) {
		Dosage dose = command.dosage();
		TreatmentPlanView plan = planning.lockOpenForChange(planId, null, AuditAction.CREATE);
		gate.requireNoUnresolvedReferral(plan.patientId());
		if (exercises.find(command.exerciseId()).isEmpty()) {
			throw ClinicException.ruleViolated(TreatmentProblems.UNKNOWN_EXERCISE,
					"No exercise of the library has this id.");
		}
		UUID id = UUID.randomUUID();
		prescriptions.insert(id, planId, command.exerciseId(), dose, command.instructions(), holdSetFrom(plan), today(),
				clock.instant());
		plans.touch(planId);
		auditTrail.allowed(AuditAction.CREATE, AuditResource.PRESCRIPTION, id, plan.patientId());
		return read(id);
	}

	/**
	 * One prescription of the plan with its dose history (audited as a read); 404 when
	 * unknown.
	 */
	@Transactional(readOnly = true)
	PrescriptionView find(UUID planId, UUID prescriptionId) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		PrescriptionView prescription = ofPlan(plan, prescriptionId);
		auditTrail.allowed(AuditAction.READ, AuditResource.PRESCRIPTION, prescriptionId, plan.patientId());
		return prescription;
	}

	/**
	 * Changes the dose; the previous one goes to the history with who changed it and
	 * when. A new hold or progression restarts the progression today (or on the plan's
	 * start date when that is later); any other change keeps it counting. A change that
	 * changes nothing adds no history.
	 */
	@Transactional
	public PrescriptionView changeDose(UUID planId, UUID prescriptionId, ChangeDose change,
			@Nullable Long expectedPlanVersion) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedPlanVersion, AuditAction.UPDATE);
		PrescriptionView current = ofPlan(plan, prescriptionId);
		if (!current.active()) {
			throw ClinicException.conflict(TreatmentProblems.PRESCRIPTION_STOPPED,
					"A stopped prescription cannot change.");
		}
		gate.requireNoUnresolvedReferral(plan.patientId());
		Dosage dose = current.dosage()
			.with(change.sets(), change.reps(), change.holdSeconds(), change.timesPerDay(), change.daysPerWeek(),
					change.side(), change.progression());
		String instructions = change.instructions() == null ? current.instructions() : change.instructions();
		if (dose.equals(current.dosage()) && Objects.equals(instructions, current.instructions())) {
			auditTrail.allowed(AuditAction.READ, AuditResource.PRESCRIPTION, prescriptionId, plan.patientId());
			return current;
		}
		boolean holdChanged = dose.holdSeconds() != current.holdSeconds()
				|| !Objects.equals(dose.progression(), current.progression());
		prescriptions.changeDose(current, dose, instructions, holdChanged ? holdSetFrom(plan) : current.since(),
				CurrentStaff.require().userId(), clock.instant());
		plans.touch(planId);
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.PRESCRIPTION, prescriptionId, plan.patientId());
		return read(prescriptionId);
	}

	/** Stops a prescription: it is kept, {@code active: false}. */
	@Transactional
	PrescriptionView stop(UUID planId, UUID prescriptionId, @Nullable Long expectedPlanVersion) {
		TreatmentPlanView plan = planning.lockOpenForChange(planId, expectedPlanVersion, AuditAction.STOP);
		ofPlan(plan, prescriptionId);
		prescriptions.stop(prescriptionId, clock.instant());
		plans.touch(planId);
		auditTrail.allowed(AuditAction.STOP, AuditResource.PRESCRIPTION, prescriptionId, plan.patientId());
		return read(prescriptionId);
	}

	private PrescriptionView ofPlan(TreatmentPlanView plan, UUID prescriptionId) {
		return plan.prescriptions()
			.stream()
			.filter(p -> p.id().equals(prescriptionId))
			.findFirst()
			.orElseThrow(() -> ClinicException.notFound("prescription"));
	}

	private PrescriptionView read(UUID prescriptionId) {
		return prescriptions.find(prescriptionId, planning::exerciseName).orElseThrow();
	}

	private LocalDate holdSetFrom(TreatmentPlanView plan) {
		LocalDate today = today();
		return today.isAfter(plan.startDate()) ? today : plan.startDate();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

}

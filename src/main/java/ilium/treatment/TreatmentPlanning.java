package ilium.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.assessment.LatestAssessments;
import ilium.assessment.RedFlagGate;
import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.exercises.ExerciseLibrary;
import ilium.exercises.ExerciseView;
import ilium.exercises.ProtocolCatalog;
import ilium.exercises.ProtocolExerciseView;
import ilium.exercises.ProtocolView;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.SharedProblems;
import ilium.shared.StaleVersionException;

/**
 * Treatment plans: made blank or from a protocol version, read, and loaded for change by
 * their assigned therapist only.
 */
@Service
public class TreatmentPlanning {

	private final TreatmentPlanRepository plans;

	private final PrescriptionRepository prescriptions;

	private final LatestAssessments assessments;

	private final RedFlagGate gate;

	private final PatientRegistry patients;

	private final ProtocolCatalog protocols;

	private final ExerciseLibrary exercises;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	TreatmentPlanning(TreatmentPlanRepository plans, PrescriptionRepository prescriptions,
			LatestAssessments assessments, RedFlagGate gate, PatientRegistry patients, ProtocolCatalog protocols,
			ExerciseLibrary exercises, AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.clinic = clinic;
		this.plans = plans;
		this.prescriptions = prescriptions;
		this.assessments = assessments;
		this.gate = gate;
		this.patients = patients;
		this.protocols = protocols;
		this.exercises = exercises;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * The plan with this id, for other modules (e.g. to check that an outcome's plan is
	 * the patient's). Not audited here: the caller audits what it does with it.
	 */
	@Transactional(readOnly = true)
	public Optional<TreatmentPlanView> find(UUID planId) {
		return plans.find(planId, false).map(this::complete);
	}

	/** A clinical read of one plan, audited. */
	@Transactional(readOnly = true)
	public TreatmentPlanView get(UUID planId) {
		TreatmentPlanView plan = find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		auditTrail.allowed(AuditAction.READ, AuditResource.TREATMENT_PLAN, planId, plan.patientId());
		return plan;
	}

	/** The patient's plans, newest first, audited. */
	@Transactional(readOnly = true)
	public PageView<TreatmentPlanView> list(UUID patientId, PageQuery page) {
		return list(patientId, null, page);
	}

	/**
	 * The patient's plans in {@code status} (any when null), newest first, one page read
	 * as a page, audited as {@link #list(UUID, PageQuery)}.
	 */
	@Transactional(readOnly = true)
	public PageView<TreatmentPlanView> list(UUID patientId, @Nullable PlanStatus status, PageQuery page) {
		patients.requireExists(patientId);
		auditTrail.allowed(AuditAction.READ, AuditResource.TREATMENT_PLAN, null, patientId);
		return PageView.of(plans.page(patientId, status, page).stream().map(this::complete).toList(), page,
				plans.count(patientId, status));
	}

	/**
	 * Creates a DRAFT plan for an active patient (else 422 {@code patient-archived}),
	 * with at least one goal (its goals become LONG_TERM: LTG1, LTG2… in their order).
	 * From a protocol it takes the protocol's current version: prescriptions at its doses
	 * (prescribed today, their holds progressing from the plan's start date or today,
	 * whichever is later), education topics, and belt advice from the patient's facts
	 * when the protocol's belt rule is on.
	 */
	@Transactional
	public TreatmentPlanView create(UUID patientId, CreateTreatmentPlan command) {
		patients.requireActive(patientId);
		LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
		DiagnosisCode diagnosis = DiagnosisCode.of(command.diagnosisCode());
		ProtocolView protocol = command.protocolId() == null ? null : protocols.find(command.protocolId())
			.orElseThrow(
					() -> ClinicException.ruleViolated(TreatmentProblems.UNKNOWN_PROTOCOL, "No protocol has this id."));
		if (protocol != null && !protocol.exercises().isEmpty()) {
			// DOMAIN.md: no prescription is added while a referral is uncleared, also not
			// by
			// copying a protocol's exercises into a draft.
			gate.requireNoUnresolvedReferral(patientId);
		}
		BeltAdvice belt = protocol != null && protocol.beltRule()
				? BeltAdvice.fromFacts(assessments.latestEvaluation(patientId), assessments.latestScreening(patientId))
				: null;
		TreatmentPlanView plan = new TreatmentPlanView(UUID.randomUUID(), patientId, command.therapistId(),
				protocol == null ? null : protocol.id(), protocol == null ? null : protocol.version(),
				diagnosis.value(), List.of(), command.visitsPerWeek(), command.durationWeeks(), command.startDate(),
				null, null, List.of(), PlanStatus.DRAFT, List.of(), null, List.of(), belt,
				protocol == null ? List.of() : protocol.educationTopics(), null, null, null, clock.instant(), 0, null);
		try {
			plans.insert(plan, command.goals(), CurrentStaff.require().userId());
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "treatment_plan_therapist_fk")) {
				throw ClinicException.ruleViolated(SharedProblems.UNKNOWN_THERAPIST, "No therapist has this id.");
			}
			throw ex;
		}
		for (ProtocolExerciseView item : protocol == null ? List.<ProtocolExerciseView>of() : protocol.exercises()) {
			prescriptions.insert(UUID.randomUUID(), plan.id(), item.exerciseId(), item.dosage(), item.instructions(),
					today.isAfter(plan.startDate()) ? today : plan.startDate(), today, clock.instant());
		}
		auditTrail.allowed(AuditAction.CREATE, AuditResource.TREATMENT_PLAN, plan.id(), patientId);
		return find(plan.id()).orElseThrow();
	}

	/**
	 * Locks the plan for a change by its assigned therapist (else 403, audited as
	 * denied), at the version the client expects (else 412).
	 */
	TreatmentPlanView lockForChange(UUID planId, @Nullable Long expectedVersion, AuditAction action) {
		TreatmentPlanView plan = plans.find(planId, true).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		if (!CurrentStaff.require().isTherapist(plan.therapistId())) {
			throw AccessRefused.to(action, AuditResource.TREATMENT_PLAN, planId, plan.patientId());
		}
		if (expectedVersion != null && expectedVersion != plan.version()) {
			throw StaleVersionException.of("treatment plan");
		}
		return complete(plan);
	}

	/**
	 * As {@link #lockForChange}, and the plan must still be open: DRAFT, ACTIVE or
	 * ON_HOLD (else 409).
	 */
	TreatmentPlanView lockOpenForChange(UUID planId, @Nullable Long expectedVersion, AuditAction action) {
		TreatmentPlanView plan = lockForChange(planId, expectedVersion, action);
		if (!plan.status().isOpen()) {
			throw ClinicException.conflict(SharedProblems.PLAN_CLOSED,
					"The plan is " + plan.status() + " and can no longer change.");
		}
		return plan;
	}

	String exerciseName(UUID exerciseId) {
		return exercises.find(exerciseId).map(ExerciseView::name).orElse("");
	}

	private TreatmentPlanView complete(TreatmentPlanView plan) {
		return plan.withPrescriptions(prescriptions.ofPlan(plan.id(), this::exerciseName));
	}

}

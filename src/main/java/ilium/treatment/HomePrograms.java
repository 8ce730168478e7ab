package ilium.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.assessment.RedFlagGate;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.exercises.ExerciseLibrary;
import ilium.exercises.ExerciseView;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.SharedProblems;

/**
 * The home program of a plan on any date: what was true that day (DOMAIN.md "Protocols,
 * plans and home exercise").
 */
@Service
public class HomePrograms {

	private final TreatmentPlanning planning;

	private final RedFlagGate gate;

	private final ExerciseLibrary exercises;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	HomePrograms(TreatmentPlanning planning, RedFlagGate gate, ExerciseLibrary exercises, AuditTrail auditTrail,
			ClinicProperties clinic, Clock clock) {
		this.planning = planning;
		this.gate = gate;
		this.exercises = exercises;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	/**
	 * What the patient takes home on {@code on} (today, clinic-local, when not given):
	 * the prescriptions prescribed by then and not yet stopped, at that day's dose, while
	 * the plan was ACTIVE that day. A plan never activated has no home program (409
	 * {@code plan-not-active}). From today on, an uncleared referral empties it
	 * ({@code ON_HOLD}) even if the plan's own status lagged behind.
	 */
	@Transactional(readOnly = true)
	public HomeProgramView on(UUID planId, @Nullable LocalDate on) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		if (!plan.everActivated()) {
			throw ClinicException.conflict(SharedProblems.PLAN_NOT_ACTIVE,
					"The plan has never been activated, so it has no home program yet.");
		}
		HomeProgramView program = of(plan, on == null ? today() : on);
		auditTrail.allowed(AuditAction.READ, AuditResource.HOME_PROGRAM, planId, plan.patientId());
		return program;
	}

	/**
	 * For other modules: the plan's home program on {@code day} as {@code GET
	 * .../home-program?on=} answers it (the dose in force that day, progression applied;
	 * from today on, empty and {@code ON_HOLD} under an uncleared referral). A plan never
	 * activated answers {@code NOT_STARTED} or {@code ENDED} with no exercises instead of
	 * 409. Not audited here: the caller audits what it does with it.
	 */
	@Transactional(readOnly = true)
	public HomeProgramView of(TreatmentPlanView plan, LocalDate day) {
		ProgramStatus status = ProgramStatus.of(plan, day, clinic.timeZone());
		if (status == ProgramStatus.ACTIVE && !day.isBefore(today()) && gate.hasUnresolvedReferral(plan.patientId())) {
			status = ProgramStatus.ON_HOLD;
		}
		List<HomeProgramView.Exercise> program = status != ProgramStatus.ACTIVE ? List.of()
				: plan.prescriptions()
					.stream()
					.map(p -> p.on(day, clinic.timeZone(), libraryInstructions(p.exerciseId())))
					.flatMap(Optional::stream)
					.toList();
		return new HomeProgramView(plan.id(), plan.patientId(), day, status, program, plan.beltAdvice(),
				plan.educationTopics());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	private @Nullable String libraryInstructions(UUID exerciseId) {
		return exercises.find(exerciseId).map(ExerciseView::instructions).orElse(null);
	}

}

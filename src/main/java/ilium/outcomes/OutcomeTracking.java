package ilium.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.SharedProblems;
import ilium.treatment.TreatmentPlanning;

/**
 * Tracks how patients do: records outcome measures scored by the service, marks those
 * entered in error, and answers each instrument's series and its change against the MCID.
 * Every read and write is audited with the patient (DOMAIN.md "Privacy and audit").
 */
@Service
public class OutcomeTracking {

	static final String RESOURCE = "outcome-measure";

	/** No measure predates this day (the same bound as the table's CHECK). */
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final OutcomeRepository outcomes;

	private final PatientRegistry patients;

	private final TreatmentPlanning plans;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final ClinicProperties clinic;

	OutcomeTracking(OutcomeRepository outcomes, PatientRegistry patients, TreatmentPlanning plans,
			AuditTrail auditTrail, Clock clock, ClinicProperties clinic) {
		this.outcomes = outcomes;
		this.patients = patients;
		this.plans = plans;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.clinic = clinic;
	}

	/**
	 * Scores and records one measure of the patient (404 unknown patient, 400 invalid
	 * answers).
	 */
	@Transactional
	public OutcomeView record(UUID patientId, RecordOutcome command) {
		patients.requireExists(patientId);
		requirePlausible(command.takenOn());
		requirePlanOfPatient(command.treatmentPlanId(), patientId);
		RecordOutcome.Scored scored = command.scored();
		UUID id = UUID.randomUUID();
		outcomes.insert(id, patientId, command, scored, CurrentStaff.require().userId(), clock.instant());
		auditTrail.allowed(AuditAction.CREATE, AuditResource.OUTCOME_MEASURE, id, patientId);
		return measure(patientId, id).orElseThrow();
	}

	/**
	 * One measure of the patient, where its {@code Location} points; 404 when unknown.
	 */
	@Transactional(readOnly = true)
	public OutcomeView find(UUID patientId, UUID outcomeId) {
		patients.requireExists(patientId);
		OutcomeView measure = measure(patientId, outcomeId)
			.orElseThrow(() -> ClinicException.notFound("outcome measure"));
		auditTrail.allowed(AuditAction.READ, AuditResource.OUTCOME_MEASURE, outcomeId, patientId);
		return measure;
	}

	/**
	 * One measure by its id alone (FHIR reads name no patient), audited as
	 * {@link #find(UUID, UUID)} is; 404 when unknown.
	 */
	@Transactional(readOnly = true)
	public OutcomeView find(UUID outcomeId) {
		UUID patientId = outcomes.patientOf(outcomeId).orElseThrow(() -> ClinicException.notFound("outcome measure"));
		return find(patientId, outcomeId);
	}

	private Optional<OutcomeView> measure(UUID patientId, UUID outcomeId) {
		return outcomes.series(patientId, null, null).stream().filter(view -> view.id().equals(outcomeId)).findFirst();
	}

	/**
	 * For other modules' documents (a progress report, a discharge summary): which of
	 * these ids name no measure of the patient. Not audited: nothing is shown.
	 */
	@Transactional(readOnly = true)
	public List<UUID> unknownTo(UUID patientId, Collection<UUID> outcomeIds) {
		Set<UUID> known = outcomes.series(patientId, null, null)
			.stream()
			.map(OutcomeView::id)
			.collect(Collectors.toSet());
		return outcomeIds.stream().filter(id -> !known.contains(id)).distinct().toList();
	}

	/** The patient's measures of one instrument (or all), oldest first. */
	@Transactional(readOnly = true)
	public List<OutcomeView> series(UUID patientId, @Nullable Instrument instrument) {
		patients.requireExists(patientId);
		auditTrail.allowed(AuditAction.READ, AuditResource.OUTCOME_MEASURE, null, patientId);
		return outcomes.series(patientId, instrument, null);
	}

	/**
	 * Per instrument the patient has answered: baseline (first), latest (newest), change
	 * and MCID, within one treatment plan when given, else overall.
	 */
	@Transactional(readOnly = true)
	public List<OutcomeSummary> summary(UUID patientId, @Nullable UUID treatmentPlanId) {
		patients.requireExists(patientId);
		auditTrail.allowed(AuditAction.READ, AuditResource.OUTCOME_MEASURE, null, patientId);
		Map<Instrument, List<OutcomeView>> byInstrument = new LinkedHashMap<>();
		for (OutcomeView view : outcomes.series(patientId, null, treatmentPlanId)) {
			if (view.valid()) {
				byInstrument.computeIfAbsent(view.instrument(), key -> new ArrayList<>()).add(view);
			}
		}
		return byInstrument.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> OutcomeSummary.between(entry.getValue().getFirst(), entry.getValue().getLast()))
			.toList();
	}

	/**
	 * Marks one measure of the patient entered in error, for good: it stays in the series
	 * and leaves every summary and report (DOMAIN.md). 404 for a measure that is not this
	 * patient's, 409 {@code already-entered-in-error} when it is already marked.
	 * <p>
	 * Who may mark it: the account that recorded it, or the therapist assigned to the
	 * treatment plan it belongs to, the two clinicians who answer for that measure. Any
	 * other therapist gets 403, audited as denied, as for changes to another therapist's
	 * plan: marking a colleague's measure removes it from their patient's progress.
	 */
	@Transactional
	public OutcomeView markEnteredInError(UUID patientId, UUID outcomeId, MarkEnteredInError command) {
		patients.requireExists(patientId);
		OutcomeRepository.Custody custody = outcomes.lockCustody(patientId, outcomeId)
			.orElseThrow(() -> ClinicException.notFound("outcome measure"));
		CurrentStaff staff = CurrentStaff.require();
		if (!staff.userId().equals(custody.recordedBy()) && !isAssignedTherapist(staff, custody.treatmentPlanId())) {
			throw AccessRefused.to(AuditAction.ENTERED_IN_ERROR, AuditResource.OUTCOME_MEASURE, outcomeId, patientId);
		}
		if (custody.marked()) {
			throw ClinicException.conflict(OutcomesProblems.ALREADY_ENTERED_IN_ERROR,
					"This measure is already marked entered in error; a mark never changes.");
		}
		outcomes.markEnteredInError(outcomeId, staff.userId(), clock.instant(), command.reason());
		auditTrail.allowed(AuditAction.ENTERED_IN_ERROR, AuditResource.OUTCOME_MEASURE, outcomeId, patientId);
		return measure(patientId, outcomeId).orElseThrow();
	}

	private boolean isAssignedTherapist(CurrentStaff staff, @Nullable UUID treatmentPlanId) {
		return treatmentPlanId != null
				&& plans.find(treatmentPlanId).filter(plan -> staff.isTherapist(plan.therapistId())).isPresent();
	}

	private void requirePlausible(LocalDate takenOn) {
		if (takenOn.isAfter(LocalDate.now(clock.withZone(clinic.timeZone())))) {
			throw ClinicException.badRequest("takenOn", "must not be in the future");
		}
		if (takenOn.isBefore(EARLIEST)) {
			throw ClinicException.badRequest("takenOn", "must not be before 2000-01-01");
		}
	}

	/** A measure linked to a plan must be linked to one of this patient's plans (422). */
	private void requirePlanOfPatient(@Nullable UUID treatmentPlanId, UUID patientId) {
		if (treatmentPlanId != null
				&& plans.find(treatmentPlanId).filter(plan -> plan.patientId().equals(patientId)).isEmpty()) {
			throw ClinicException.ruleViolated(SharedProblems.UNKNOWN_TREATMENT_PLAN,
					"The treatment plan is not a plan of this patient.");
		}
	}

}

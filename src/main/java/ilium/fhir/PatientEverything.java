package ilium.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.assessment.EvaluationRecords;
import ilium.assessment.ScreeningRecords;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.charges.BillingDays;
import ilium.episode.Certifications;
import ilium.episode.DischargeSummaries;
import ilium.episode.HomeExerciseAdherence;
import ilium.episode.ProgressReports;
import ilium.outcomes.OutcomeTracking;
import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistRoster;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;
import ilium.visits.VisitCharting;
import ilium.visits.VisitNoteView;

/**
 * {@code Patient/{id}/$everything}: the patient, every appointment, red-flag screening
 * and SI-joint evaluation (as {@code Observation}s), plan (as {@code Condition},
 * {@code CarePlan} and its {@code Goal}s, with its certification intervals as
 * {@code DocumentReference}s, its progress reports and discharge summary as
 * {@code Composition}s and its adherence entries as {@code Observation}s), outcome
 * measure, visit note (as {@code Encounter} and its {@code Procedure}s), billing day (as
 * {@code ChargeItem}s), and the therapists they name, in one bundle read in one
 * transaction. Each record is read through its module's API (and audited there as a
 * read); the whole is audited once more as an {@code EXPORT} of the patient.
 */
@Service
class PatientEverything {

	/** The longest date range the billing and adherence reads take (a year). */
	private static final int WINDOW_DAYS = 366;

	private final PatientRegistry patients;

	private final TherapistRoster therapists;

	private final AppointmentBook appointments;

	private final TreatmentPlanning plans;

	private final OutcomeTracking outcomes;

	private final VisitCharting visits;

	private final ScreeningRecords screenings;

	private final EvaluationRecords evaluations;

	private final Certifications certifications;

	private final ProgressReports progressReports;

	private final DischargeSummaries dischargeSummaries;

	private final HomeExerciseAdherence adherence;

	private final BillingDays billingDays;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	PatientEverything(PatientRegistry patients, TherapistRoster therapists, AppointmentBook appointments,
			TreatmentPlanning plans, OutcomeTracking outcomes, VisitCharting visits, ScreeningRecords screenings,
			EvaluationRecords evaluations, Certifications certifications, ProgressReports progressReports,
			DischargeSummaries dischargeSummaries, HomeExerciseAdherence adherence, BillingDays billingDays,
			AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.patients = patients;
		this.therapists = therapists;
		this.appointments = appointments;
		this.plans = plans;
		this.outcomes = outcomes;
		this.visits = visits;
		this.screenings = screenings;
		this.evaluations = evaluations;
		this.certifications = certifications;
		this.progressReports = progressReports;
		this.dischargeSummaries = dischargeSummaries;
		this.adherence = adherence;
		this.billingDays = billingDays;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Bundle of(String id) {
		UUID patientId = FhirDemographics.uuid(id, "Patient");
		List<Resource> resources = new ArrayList<>();
		resources.add(PeopleMapping.patient(patients.read(patientId)));
		Set<UUID> therapistIds = new LinkedHashSet<>();
		List<AppointmentView> booked = appointmentsOf(patientId);
		booked.forEach(appointment -> {
			therapistIds.add(appointment.therapistId());
			resources.add(AppointmentMapping.appointment(appointment));
		});
		for (TreatmentPlanView plan : Pages.all(page -> plans.list(patientId, page))) {
			therapistIds.add(plan.therapistId());
			resources.add(PlanMapping.condition(plan));
			resources.add(PlanMapping.carePlan(plan));
			plan.goals().forEach(goal -> resources.add(GoalMapping.goal(plan, goal)));
			episodeOf(plan, resources);
		}
		Pages.all(page -> screenings.list(patientId, page))
			.forEach(screening -> resources.add(AssessmentMapping.screening(screening)));
		Pages.all(page -> evaluations.list(patientId, page))
			.forEach(evaluation -> resources.add(AssessmentMapping.evaluation(evaluation)));
		outcomes.series(patientId, null).forEach(measure -> resources.add(ObservationMapping.observation(measure)));
		Map<UUID, AppointmentView> byId = booked.stream()
			.collect(Collectors.toMap(AppointmentView::id, Function.identity()));
		List<AppointmentView> noted = new ArrayList<>();
		for (VisitNoteView note : visits.ofPatient(patientId)) {
			therapistIds.add(note.therapistId());
			AppointmentView appointment = byId.get(note.appointmentId());
			if (appointment != null) {
				noted.add(appointment);
			}
			resources.add(VisitMapping.encounter(note, appointment));
			resources.addAll(VisitMapping.procedures(note, appointment));
			resources.addAll(VisitDocumentMapping.documentation(note, appointment));
		}
		billingDaysOf(patientId, noted, resources);
		therapistIds.forEach(therapistId -> resources.add(PeopleMapping.practitioner(therapists.read(therapistId))));
		auditTrail.allowed(AuditAction.EXPORT, AuditResource.PATIENT, patientId, patientId);
		return Bundles.everything(resources);
	}

	private List<AppointmentView> appointmentsOf(UUID patientId) {
		return Pages.all(page -> appointments.search(null, null, null, patientId, page));
	}

	/** A plan's certification intervals, reports, summary and adherence entries. */
	private void episodeOf(TreatmentPlanView plan, List<Resource> resources) {
		certifications.of(plan.id(), null)
			.intervals()
			.forEach(interval -> resources.add(EpisodeMapping.certification(plan, interval)));
		progressReports.of(plan.id(), null)
			.reports()
			.forEach(report -> resources.add(EpisodeMapping.progressReport(plan, report)));
		dischargeSummaries.written(plan.id())
			.ifPresent(summary -> resources.add(EpisodeMapping.dischargeSummary(plan, summary)));
		LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
		LocalDate first = plan.createdAt().atZone(clinic.timeZone()).toLocalDate();
		for (LocalDate from = first.isBefore(plan.startDate()) ? first : plan.startDate(); !from
			.isAfter(today); from = from.plusDays(WINDOW_DAYS)) {
			LocalDate to = from.plusDays(WINDOW_DAYS - 1);
			adherence.between(plan.id(), from, to.isAfter(today) ? today : to)
				.entries()
				.forEach(entry -> resources.add(EpisodeMapping.adherence(plan, entry)));
		}
	}

	/**
	 * The billing days of the dates the patient's notes were written for, read in windows
	 * of at most a year as the billing module allows.
	 */
	private void billingDaysOf(UUID patientId, List<AppointmentView> noted, List<Resource> resources) {
		List<LocalDate> dates = noted.stream()
			.map(appointment -> appointment.start().atZone(clinic.timeZone()).toLocalDate())
			.sorted()
			.toList();
		if (dates.isEmpty()) {
			return;
		}
		for (LocalDate from = dates.getFirst(); !from.isAfter(dates.getLast()); from = from.plusDays(WINDOW_DAYS)) {
			billingDays.of(patientId, from, from.plusDays(WINDOW_DAYS - 1))
				.forEach(day -> resources.addAll(ChargeMapping.chargeItems(patientId, day)));
		}
	}

}

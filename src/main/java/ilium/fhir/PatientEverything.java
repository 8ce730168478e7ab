package ilium.fhir;

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

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.outcomes.OutcomeTracking;
import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentView;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.therapists.TherapistRoster;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;
import ilium.visits.VisitCharting;
import ilium.visits.VisitNoteView;

/**
 * {@code Patient/{id}/$everything}: the patient, every appointment, plan (as
 * {@code Condition}, {@code CarePlan} and its {@code Goal}s), outcome measure and visit
 * note (as {@code Encounter} and its {@code Procedure}s), and the therapists they name,
 * in one bundle read in one transaction. Each record is read through its module's API
 * (and audited there as a read); the whole is audited once more as an {@code EXPORT} of
 * the patient.
 */
@Service
class PatientEverything {

	private final PatientRegistry patients;

	private final TherapistRoster therapists;

	private final AppointmentBook appointments;

	private final TreatmentPlanning plans;

	private final OutcomeTracking outcomes;

	private final VisitCharting visits;

	private final AuditTrail auditTrail;

	PatientEverything(PatientRegistry patients, TherapistRoster therapists, AppointmentBook appointments,
			TreatmentPlanning plans, OutcomeTracking outcomes, VisitCharting visits, AuditTrail auditTrail) {
		this.patients = patients;
		this.therapists = therapists;
		this.appointments = appointments;
		this.plans = plans;
		this.outcomes = outcomes;
		this.visits = visits;
		this.auditTrail = auditTrail;
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
		for (TreatmentPlanView plan : plans.list(patientId, Pages.ALL_PLANS).content()) {
			therapistIds.add(plan.therapistId());
			resources.add(PlanMapping.condition(plan));
			resources.add(PlanMapping.carePlan(plan));
			plan.goals().forEach(goal -> resources.add(GoalMapping.goal(plan, goal)));
		}
		outcomes.series(patientId, null).forEach(measure -> resources.add(ObservationMapping.observation(measure)));
		Map<UUID, AppointmentView> byId = booked.stream()
			.collect(Collectors.toMap(AppointmentView::id, Function.identity()));
		for (VisitNoteView note : visits.ofPatient(patientId)) {
			therapistIds.add(note.therapistId());
			AppointmentView appointment = byId.get(note.appointmentId());
			resources.add(VisitMapping.encounter(note, appointment));
			resources.addAll(VisitMapping.procedures(note, appointment));
			resources.addAll(VisitDocumentMapping.documentation(note, appointment));
		}
		therapistIds.forEach(therapistId -> resources.add(PeopleMapping.practitioner(therapists.read(therapistId))));
		auditTrail.allowed(AuditAction.EXPORT, AuditResource.PATIENT, patientId, patientId);
		return Bundles.everything(resources);
	}

	private List<AppointmentView> appointmentsOf(UUID patientId) {
		List<AppointmentView> all = new ArrayList<>();
		PageView<AppointmentView> page;
		int number = 0;
		do {
			page = appointments.search(null, null, null, patientId, new PageQuery(number++, PageQuery.MAX_SIZE));
			all.addAll(page.content());
		}
		while (number < page.page().totalPages());
		return all;
	}

}

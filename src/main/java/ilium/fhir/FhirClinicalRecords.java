package ilium.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.outcomes.Instrument;
import ilium.outcomes.OutcomeTracking;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicException;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.treatment.PlanStatus;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;
import ilium.visits.VisitCharting;
import ilium.visits.VisitNoteView;

/**
 * Clinical records as FHIR, each read through its module's API and so audited as the JSON
 * API's read of the same record: plans ({@code Condition}, {@code CarePlan},
 * {@code Goal}), outcome measures ({@code Observation}) and visit notes
 * ({@code Encounter}, {@code Procedure}).
 */
@Service
class FhirClinicalRecords {

	static final Set<String> BY_PATIENT = Set.of("patient");

	static final Set<String> CARE_PLAN_SEARCH = Set.of("patient", "status");

	static final Set<String> OBSERVATION_SEARCH = Set.of("patient", "code", "date");

	private final TreatmentPlanning plans;

	private final OutcomeTracking outcomes;

	private final VisitCharting visits;

	private final AppointmentBook appointments;

	FhirClinicalRecords(TreatmentPlanning plans, OutcomeTracking outcomes, VisitCharting visits,
			AppointmentBook appointments) {
		this.plans = plans;
		this.outcomes = outcomes;
		this.visits = visits;
		this.appointments = appointments;
	}

	@Transactional(readOnly = true)
	public Condition condition(String id) {
		return PlanMapping.condition(plans.get(FhirDemographics.uuid(id, "Condition")));
	}

	@Transactional(readOnly = true)
	public Bundle conditions(Map<String, String[]> parameters) {
		SearchRequest search = SearchRequest.of(parameters, BY_PATIENT);
		return Bundles.searchset(plans.list(patientOf(search), search.page()).map(PlanMapping::condition));
	}

	@Transactional(readOnly = true)
	public CarePlan carePlan(String id) {
		return PlanMapping.carePlan(plans.get(FhirDemographics.uuid(id, "CarePlan")));
	}

	@Transactional(readOnly = true)
	public Bundle carePlans(Map<String, String[]> parameters) {
		SearchRequest search = SearchRequest.of(parameters, CARE_PLAN_SEARCH);
		UUID patientId = patientOf(search);
		PageQuery page = search.page();
		Optional<String> code = search.token("status", "http://hl7.org/fhir/request-status");
		if (code.isEmpty()) {
			return Bundles.searchset(plans.list(patientId, page).map(PlanMapping::carePlan));
		}
		PlanStatus status = PlanMapping.planStatus(code.get());
		if (status == null) {
			// entered-in-error and unknown: no plan of Ilium's has them
			return Bundles.searchset(PageView.of(List.<CarePlan>of(), page, 0));
		}
		return Bundles.searchset(plans.list(patientId, status, page).map(PlanMapping::carePlan));
	}

	@Transactional(readOnly = true)
	public Goal goal(String id) {
		FhirIds.Composite composite = FhirIds.composite(id).orElseThrow(() -> ClinicException.notFound("Goal"));
		TreatmentPlanView plan = plans.get(composite.record());
		return plan.goals()
			.stream()
			.filter(goal -> goal.id().equals(composite.part()))
			.findFirst()
			.map(goal -> GoalMapping.goal(plan, goal))
			.orElseThrow(() -> ClinicException.notFound("Goal"));
	}

	@Transactional(readOnly = true)
	public Observation observation(String id) {
		return ObservationMapping.observation(outcomes.find(FhirDemographics.uuid(id, "Observation")));
	}

	@Transactional(readOnly = true)
	public Bundle observations(Map<String, String[]> parameters) {
		SearchRequest search = SearchRequest.of(parameters, OBSERVATION_SEARCH);
		UUID patientId = patientOf(search);
		Instrument instrument = search.token("code", Fhir.LOINC, Fhir.OUTCOME_MEASURE).map(code -> {
			Instrument named = ObservationMapping.instrument(code);
			if (named == null) {
				throw FhirRequestException.badParameter("code", "names no outcome measure this server records");
			}
			return named;
		}).orElse(null);
		SearchRequest.DateBounds days = search.dates("date");
		List<Observation> found = outcomes.series(patientId, instrument)
			.stream()
			.filter(measure -> days.contains(measure.takenOn()))
			.map(ObservationMapping::observation)
			.toList();
		return Bundles.searchset(Pages.of(found, search.page()));
	}

	@Transactional(readOnly = true)
	public Encounter encounter(String id) {
		VisitNoteView note = visits.read(FhirDemographics.uuid(id, "Encounter"));
		return VisitMapping.encounter(note, appointments.find(note.appointmentId()).orElse(null));
	}

	@Transactional(readOnly = true)
	public Procedure procedure(String id) {
		FhirIds.Composite composite = FhirIds.composite(id).orElseThrow(() -> ClinicException.notFound("Procedure"));
		boolean exercise = composite.part().startsWith("E");
		int position = position(exercise ? composite.part().substring(1) : composite.part());
		VisitNoteView note = visits.read(composite.record());
		int count = exercise ? note.exercisesPerformed().size() : note.manualTherapy().size();
		if (position < 1 || position > count) {
			throw ClinicException.notFound("Procedure");
		}
		AppointmentView appointment = appointments.find(note.appointmentId()).orElse(null);
		return exercise
				? VisitDocumentMapping.exercise(note, position, note.exercisesPerformed().get(position - 1),
						appointment)
				: VisitMapping.procedure(note, position, note.manualTherapy().get(position - 1), appointment);
	}

	/** A procedure's position in its note, from 1 (digits only, else unknown). */
	private static int position(String digits) {
		if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
			throw ClinicException.notFound("Procedure");
		}
		return Integer.parseInt(digits);
	}

	private static UUID patientOf(SearchRequest search) {
		return search.reference("patient", "Patient")
			.orElseThrow(() -> FhirRequestException.badParameter("patient", "is required"));
	}

}

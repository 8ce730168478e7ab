package ilium.visits;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

import ilium.shared.ClinicException;
import ilium.shared.DatabaseConstraint;
import ilium.treatment.PlanOfCareIncompleteException;

/**
 * The problem behind each PostgreSQL rule of a visit note, by the constraint's name. The
 * service checks every one of them first with the figures at hand; these answer a write
 * that slipped past it (or raced another) with the same problem type, without figures.
 */
final class VisitNoteConstraints {

	private static final Map<String, Supplier<RuntimeException>> PROBLEMS = Map.ofEntries(
			Map.entry("visit_note_appointment_unique", () -> DuplicateVisitNoteException.of(null)),
			Map.entry("visit_note_signed_unchangeable", SignedVisitNoteException::cannotChange),
			Map.entry("visit_note_manual_therapy_fits_visit", ManualTherapyExceedsVisitException::refusedByDatabase),
			Map.entry("visit_note_plan_of_the_patient", VisitNoteServicesException::unknownPlan),
			Map.entry("visit_note_service_one_line_per_code",
					() -> ClinicException.badRequest("services", "must not repeat a code of this note")),
			Map.entry("visit_note_services_under_a_plan",
					() -> VisitNoteServicesException.inconsistent("treatmentPlanId",
							"is required with services: they are billed under a plan")),
			Map.entry("visit_note_service_re_evaluation_on_re_evaluation_visit",
					() -> VisitNoteServicesException.inconsistent("services",
							"may hold 97164 on a RE_EVALUATION visit only")),
			Map.entry("visit_note_evaluation_on_initial_evaluation",
					() -> VisitNoteServicesException.inconsistent("evaluationComplexity",
							"is given on an INITIAL_EVALUATION visit only")),
			Map.entry("visit_note_manual_therapy_is_97140",
					() -> VisitNoteServicesException.inconsistent("services",
							"must give 97140 the minutes of the manual therapy recorded")),
			Map.entry("visit_note_total_covers_timed_minutes",
					() -> VisitNoteServicesException.inconsistent("totalTreatmentMinutes",
							"must cover at least the timed minutes")),
			Map.entry("visit_note_one_evaluation_per_date",
					() -> VisitNoteServicesException.inconsistent("services",
							"the date of service already has an evaluation or re-evaluation")),
			Map.entry("visit_note_one_plan_per_date",
					() -> VisitNoteServicesException.inconsistent("treatmentPlanId",
							"the date of service is already billed under another plan")),
			Map.entry("visit_note_plan_has_payer",
					() -> PlanOfCareIncompleteException.missing(List.of("payerProfile"))),
			Map.entry("visit_note_signed_services_total_minutes",
					() -> IncompleteVisitNoteException.missing(List.of("totalTreatmentMinutes"))),
			Map.entry("visit_note_signed_evaluation_complexity",
					() -> IncompleteVisitNoteException.missing(List.of("evaluationComplexity"))));

	private VisitNoteConstraints() {
	}

	/** The problem for the rule that refused the write, or the failure itself. */
	static RuntimeException problemFor(DataIntegrityViolationException failure) {
		return DatabaseConstraint.violatedBy(failure)
			.map(PROBLEMS::get)
			.<RuntimeException>map(Supplier::get)
			.orElse(failure);
	}

}

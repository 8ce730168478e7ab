package ilium.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;
import ilium.shared.ClinicException.FieldError;
import ilium.shared.SharedProblems;

/**
 * The services of a visit note break a rule of EPISODE.md R5. Each problem names the
 * field at fault in {@code errors}, shaped as validation errors are:
 * <ul>
 * <li>422 {@code services-inconsistent}: the note's services, minutes, evaluation or plan
 * do not fit together, the visit or the date of service;</li>
 * <li>422 {@code unknown-treatment-plan}: the plan is not the patient's;</li>
 * <li>409 {@code plan-not-active}: a DRAFT plan on a visit other than the initial
 * evaluation;</li>
 * <li>409 {@code plan-closed}: the plan was completed or discontinued before the date of
 * service.</li>
 * </ul>
 */
public final class VisitNoteServicesException extends ClinicException {

	private VisitNoteServicesException(HttpStatus status, String slug, String title, String detail, String field,
			String message) {
		super(status, slug, title, detail, Map.of("errors", List.of(new FieldError(field, message))));
	}

	public static VisitNoteServicesException inconsistent(String field, String message) {
		return new VisitNoteServicesException(HttpStatus.UNPROCESSABLE_CONTENT, VisitsProblems.SERVICES_INCONSISTENT,
				"Rule violated", "The services of this visit note do not fit together or with the visit.", field,
				message);
	}

	public static VisitNoteServicesException unknownPlan() {
		return new VisitNoteServicesException(HttpStatus.UNPROCESSABLE_CONTENT, SharedProblems.UNKNOWN_TREATMENT_PLAN,
				"Rule violated", "The patient has no treatment plan with this id.", "treatmentPlanId",
				"must be one of the patient's treatment plans");
	}

	public static VisitNoteServicesException planNotActive() {
		return new VisitNoteServicesException(HttpStatus.CONFLICT, SharedProblems.PLAN_NOT_ACTIVE, "Conflict",
				"A draft plan is named by its initial evaluation only; activate it first.", "treatmentPlanId",
				"must name an active plan on this visit");
	}

	public static VisitNoteServicesException planClosed(LocalDate closedOn) {
		return new VisitNoteServicesException(HttpStatus.CONFLICT, SharedProblems.PLAN_CLOSED, "Conflict",
				"The plan was closed on " + closedOn + ", before this visit's date of service.", "treatmentPlanId",
				"must name a plan still open on the date of service");
	}

}

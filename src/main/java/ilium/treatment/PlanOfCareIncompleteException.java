package ilium.treatment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 422 {@code plan-of-care-incomplete}: a note is signed under a plan only once the plan
 * has a payer (EPISODE.md R5), and a plan is certified only once it is ready for
 * certification (R8); {@code missingFields} names what the plan of care still lacks.
 */
public final class PlanOfCareIncompleteException extends ClinicException {

	private PlanOfCareIncompleteException(List<String> missing) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, TreatmentProblems.PLAN_OF_CARE_INCOMPLETE, "Rule violated",
				"The plan of care is not complete enough for this; missingFields names what it still needs.",
				Map.of("missingFields", missing));
	}

	public static PlanOfCareIncompleteException missing(List<String> fields) {
		return new PlanOfCareIncompleteException(List.copyOf(fields));
	}

}

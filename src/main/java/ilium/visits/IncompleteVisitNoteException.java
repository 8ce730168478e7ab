package ilium.visits;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 422: a note is signed only with subjective, objective, assessment and plan filled in
 * (API.md), with services their {@code totalTreatmentMinutes}, and an initial evaluation
 * under a plan its {@code evaluationComplexity} (EPISODE.md R5); {@code missingFields}
 * names the empty ones.
 */
public final class IncompleteVisitNoteException extends ClinicException {

	private IncompleteVisitNoteException(List<String> missing) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, VisitsProblems.VISIT_NOTE_INCOMPLETE, "Rule violated",
				"A visit note is signed only complete; missingFields names what it still needs.",
				Map.of("missingFields", missing));
	}

	public static IncompleteVisitNoteException missing(List<String> fields) {
		return new IncompleteVisitNoteException(List.copyOf(fields));
	}

}

package ilium.visits;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 409: a signed visit note never changes (DOMAIN.md); corrections are addenda.
 */
public final class SignedVisitNoteException extends ClinicException {

	private SignedVisitNoteException() {
		super(HttpStatus.CONFLICT, VisitsProblems.VISIT_NOTE_SIGNED, "Conflict",
				"A signed visit note never changes; add an addendum instead.");
	}

	public static SignedVisitNoteException cannotChange() {
		return new SignedVisitNoteException();
	}

}

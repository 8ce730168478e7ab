package ilium.visits;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;
import ilium.shared.SharedProblems;

/**
 * 409: an appointment has one visit note (DOMAIN.md); {@code visitNoteId} names it when
 * known.
 */
public final class DuplicateVisitNoteException extends ClinicException {

	private DuplicateVisitNoteException(Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, SharedProblems.VISIT_NOTE_EXISTS, "Conflict",
				"This appointment already has a visit note.", properties);
	}

	public static DuplicateVisitNoteException of(@Nullable UUID existingId) {
		return new DuplicateVisitNoteException(existingId == null ? Map.of() : Map.of("visitNoteId", existingId));
	}

}

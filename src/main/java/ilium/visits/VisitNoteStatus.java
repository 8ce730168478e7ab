package ilium.visits;

/**
 * Where a visit note is in its life: {@code DRAFT → SIGNED}. A signed note never changes.
 */
public enum VisitNoteStatus {

	DRAFT, SIGNED

}

package ilium.treatment;

/**
 * Where a treatment plan is in its life: {@code DRAFT → ACTIVE → COMPLETED}, and
 * {@code DRAFT} or {@code ACTIVE → DISCONTINUED}.
 */
public enum PlanStatus {

	DRAFT, ACTIVE, COMPLETED, DISCONTINUED;

	/** Whether a plan in this status may move to {@code next}. */
	boolean mayBecome(PlanStatus next) {
		return switch (this) {
			case DRAFT -> next == ACTIVE || next == DISCONTINUED;
			case ACTIVE -> next == COMPLETED || next == DISCONTINUED;
			case COMPLETED, DISCONTINUED -> false;
		};
	}

	/**
	 * Whether the plan's content (prescriptions, belt advice, education) may still
	 * change.
	 */
	boolean isOpen() {
		return this == DRAFT || this == ACTIVE;
	}

}

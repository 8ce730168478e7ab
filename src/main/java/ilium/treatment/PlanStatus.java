package ilium.treatment;

/**
 * Where a treatment plan is in its life (DOMAIN.md): {@code DRAFT → ACTIVE ⇄ ON_HOLD};
 * {@code ACTIVE} or {@code ON_HOLD → COMPLETED} or {@code DISCONTINUED}; a {@code DRAFT}
 * may be {@code DISCONTINUED} (abandoned). PostgreSQL refuses any other move.
 */
public enum PlanStatus {

	DRAFT, ACTIVE, ON_HOLD, COMPLETED, DISCONTINUED;

	/** Whether a plan in this status may move to {@code next}. */
	boolean mayBecome(PlanStatus next) {
		return switch (this) {
			case DRAFT -> next == ACTIVE || next == DISCONTINUED;
			case ACTIVE -> next == ON_HOLD || next == COMPLETED || next == DISCONTINUED;
			case ON_HOLD -> next == ACTIVE || next == COMPLETED || next == DISCONTINUED;
			case COMPLETED, DISCONTINUED -> false;
		};
	}

	/**
	 * Whether the plan's content (prescriptions, belt advice, education) may still
	 * change.
	 */
	public boolean isOpen() {
		return this == DRAFT || this == ACTIVE || this == ON_HOLD;
	}

	/** Whether the plan has ended for good. */
	boolean isClosed() {
		return this == COMPLETED || this == DISCONTINUED;
	}

}

package ilium.shared;

/**
 * What a staff member does at the clinic, and so what they may see.
 */
public enum Role {

	/**
	 * Manages staff accounts and hours, reads reports and the audit trail; no clinical
	 * notes.
	 */
	ADMIN,
	/**
	 * A licensed physical therapist: the only role that reads or writes clinical records.
	 */
	THERAPIST,
	/**
	 * Registers patients and keeps the schedule; sees demographics, never clinical data.
	 */
	FRONT_DESK;

	public String authority() {
		return "ROLE_" + name();
	}

}

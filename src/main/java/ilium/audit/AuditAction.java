package ilium.audit;

/**
 * What a staff member did, or tried to do, in the words of the audit trail. Allowed and
 * denied lines take their action from this one list, so an admin searching the trail
 * finds a refused attempt under the same word as the act it would have been.
 */
public enum AuditAction {

	READ, LIST, SEARCH, CREATE, UPDATE, ARCHIVE,
	/** A patient's whole record handed out at once (FHIR {@code $everything}). */
	EXPORT,
	/** Appointments. */
	RESCHEDULE, CHECK_IN, COMPLETE, NO_SHOW, CANCEL,
	/** Clinical records. */
	CLEAR, ACTIVATE, RESUME, DISCONTINUE, STOP, SIGN, ADD_ADDENDUM, ENTERED_IN_ERROR,
	/** Sign-in. */
	LOGIN, SIGN_IN_THROTTLED

}

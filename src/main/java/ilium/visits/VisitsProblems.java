package ilium.visits;

/**
 * The problem types only {@code visits} answers: visit notes and their services. Each
 * constant is the slug that ends the problem's {@code type}; docs/api.md lists them all.
 */
final class VisitsProblems {

	/**
	 * 422: the appointment was cancelled or a no-show, or the patient has not checked in
	 * yet.
	 */
	static final String APPOINTMENT_NOT_ATTENDED = "appointment-not-attended";

	/** 422: the note's manual therapy takes longer than the visit. */
	static final String MANUAL_THERAPY_EXCEEDS_VISIT = "manual-therapy-exceeds-visit";

	/**
	 * 422: the note's services, minutes, evaluation or plan do not fit together or the
	 * visit ({@code errors}).
	 */
	static final String SERVICES_INCONSISTENT = "services-inconsistent";

	/** 422: the note lacks what signing needs ({@code missingFields} names it). */
	static final String VISIT_NOTE_INCOMPLETE = "visit-note-incomplete";

	/** 409: the note is signed and no longer changes. */
	static final String VISIT_NOTE_SIGNED = "visit-note-signed";

	/** 409: an addendum is added to a note still a draft: edit the draft instead. */
	static final String VISIT_NOTE_NOT_SIGNED = "visit-note-not-signed";

	private VisitsProblems() {
	}

}

package ilium.assessment;

/**
 * The problem types only {@code assessment} answers: screenings, clearances, evaluations
 * and the red-flag gate. Public: other modules' endpoints pass the gate's on (a plan's
 * activation, a prescription, a visit note). Each constant is the slug that ends the
 * problem's {@code type}; docs/api.md lists them all.
 */
public final class AssessmentProblems {

	/** 422: a referral of the patient awaits a physician clearance. */
	public static final String UNRESOLVED_RED_FLAGS = "unresolved-red-flags";

	/** 422: the patient has no red-flag screening recent enough. */
	public static final String SCREENING_REQUIRED = "screening-required";

	/** 409: a clearance is recorded for a screening that raised no red flag. */
	public static final String NOTHING_TO_CLEAR = "nothing-to-clear";

	/** 409: the screening's physician clearance is already recorded. */
	public static final String ALREADY_CLEARED = "already-cleared";

	/** 422: the evaluation names an appointment that is not one of the patient's. */
	public static final String APPOINTMENT_OF_ANOTHER_PATIENT = "appointment-of-another-patient";

	private AssessmentProblems() {
	}

}

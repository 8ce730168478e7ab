package ilium.treatment;

/**
 * The problem types only {@code treatment} answers: plans, goals and prescriptions.
 * Public: other modules' endpoints pass some of them on (a visit note or a certification
 * asks the plan of care). Each constant is the slug that ends the problem's {@code type};
 * docs/api.md lists them all.
 */
public final class TreatmentProblems {

	/** 422: no protocol has the protocol id the plan names. */
	public static final String UNKNOWN_PROTOCOL = "unknown-protocol";

	/** 422: no exercise of the library has the exercise id the prescription names. */
	public static final String UNKNOWN_EXERCISE = "unknown-exercise";

	/** 409: the patient already has an ACTIVE or ON_HOLD treatment plan. */
	public static final String ACTIVE_PLAN_EXISTS = "active-plan-exists";

	/** 409: the prescription is stopped and no longer changes. */
	public static final String PRESCRIPTION_STOPPED = "prescription-stopped";

	/**
	 * 422: the plan of care lacks what signing a note or certifying needs
	 * ({@code missingFields}).
	 */
	public static final String PLAN_OF_CARE_INCOMPLETE = "plan-of-care-incomplete";

	/** 409: the goal is no longer ACTIVE and never changes. */
	public static final String GOAL_CLOSED = "goal-closed";

	/** 422: the goal's target date is outside the plan's start and end dates. */
	public static final String GOAL_TARGET_OUTSIDE_PLAN = "goal-target-outside-plan";

	private TreatmentProblems() {
	}

}

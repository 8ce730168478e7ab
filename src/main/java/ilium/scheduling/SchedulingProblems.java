package ilium.scheduling;

/**
 * The problem types only {@code scheduling} answers: the appointment book's rules. Each
 * constant is the slug that ends the problem's {@code type}; docs/api.md lists them all.
 */
final class SchedulingProblems {

	/** 409: the appointment overlaps another of the therapist or of the patient. */
	static final String APPOINTMENT_CONFLICT = "appointment-conflict";

	/** 422: the appointment is outside the therapist's working hours. */
	static final String OUTSIDE_WORKING_HOURS = "outside-working-hours";

	/** 422: the therapist has time off when the appointment is. */
	static final String THERAPIST_TIME_OFF = "therapist-time-off";

	/** 422: the appointment starts more than a year ago or more than two years ahead. */
	static final String OUTSIDE_BOOKING_HORIZON = "outside-booking-horizon";

	/** 422: the {@code Idempotency-Key} was used for a different request. */
	static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";

	/** 422: a no-show is recorded for an appointment that has not started yet. */
	static final String NO_SHOW_BEFORE_START = "no-show-before-start";

	/**
	 * 422: a check-in before the day of the visit (on the clinic's calendar): a visit
	 * days ahead could otherwise be charted, signed and billed before it took place.
	 */
	static final String CHECK_IN_BEFORE_ITS_DAY = "check-in-before-its-day";

	private SchedulingProblems() {
	}

}

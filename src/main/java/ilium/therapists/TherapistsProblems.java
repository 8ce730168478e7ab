package ilium.therapists;

/**
 * The problem types only {@code therapists} answers. Each constant is the slug that ends
 * the problem's {@code type}; docs/api.md lists them all.
 */
final class TherapistsProblems {

	/** 409: another therapist holds the license number. */
	static final String DUPLICATE_LICENSE_NUMBER = "duplicate-license-number";

	/** 409: another therapist holds the NPI. */
	static final String DUPLICATE_NPI = "duplicate-npi";

	/** 409: the time off is already cancelled. */
	static final String TIME_OFF_CANCELLED = "time-off-cancelled";

	private TherapistsProblems() {
	}

}

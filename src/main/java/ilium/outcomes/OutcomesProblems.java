package ilium.outcomes;

/**
 * The problem types only {@code outcomes} answers. Each constant is the slug that ends
 * the problem's {@code type}; docs/api.md lists them all.
 */
final class OutcomesProblems {

	/** 409: the outcome measure is already marked entered in error. */
	static final String ALREADY_ENTERED_IN_ERROR = "already-entered-in-error";

	private OutcomesProblems() {
	}

}

package ilium.episode;

/**
 * The problem types only {@code episode} answers. Each constant is the slug that ends the
 * problem's {@code type}; docs/api.md lists them all.
 */
final class EpisodeProblems {

	/** 409: the prescription already has an adherence entry for {@code reportedOn}. */
	static final String DUPLICATE_ADHERENCE_ENTRY = "duplicate-adherence-entry";

	/**
	 * 409: the plan is not ACTIVE, or its home program on {@code reportedOn} does not
	 * list the prescription.
	 */
	static final String PRESCRIPTION_NOT_IN_FORCE = "prescription-not-in-force";

	private EpisodeProblems() {
	}

}

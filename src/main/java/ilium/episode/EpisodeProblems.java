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

	/**
	 * 409: the plan has no treatment day yet, so its episode (and first certification
	 * interval) has not started.
	 */
	static final String EPISODE_NOT_STARTED = "episode-not-started";

	/**
	 * 422: an earlier certification interval is unrecorded or uncertified, or the
	 * interval would start after the plan's end.
	 */
	static final String CERTIFICATION_OUT_OF_SEQUENCE = "certification-out-of-sequence";

	/** 422: the 2025 referral exception does not apply to the certification interval. */
	static final String REFERRAL_EXCEPTION_NOT_ALLOWED = "referral-exception-not-allowed";

	/** 409: the plan has its discharge summary already. */
	static final String DISCHARGE_SUMMARY_EXISTS = "discharge-summary-exists";

	/**
	 * 409: the progress report or discharge summary is signed: it changes only by
	 * addenda.
	 */
	static final String DOCUMENT_SIGNED = "document-signed";

	/**
	 * 409: an addendum is added to a progress report or discharge summary still a draft.
	 */
	static final String DOCUMENT_NOT_SIGNED = "document-not-signed";

	/**
	 * 422: an outcome measure the document names is not the patient's
	 * ({@code outcomeMeasureIds}).
	 */
	static final String UNKNOWN_OUTCOME = "unknown-outcome";

	/**
	 * 422: the document's period or discharge date does not fit the open period or the
	 * last treatment day.
	 */
	static final String INVALID_PERIOD = "invalid-period";

	private EpisodeProblems() {
	}

}

package ilium.billing;

/**
 * What a billing day is flagged for review with (EPISODE.md). Declared in alphabetical
 * order, so an {@link java.util.EnumSet} lists them sorted as the API answers them. The
 * billing module's rules set the R7 and R13 flags ({@link ReviewFlagRule},
 * {@link KxLedger}); the others come from the episode's certification, progress and
 * frequency rules (R8–R10).
 */
public enum BillingFlag {

	/** R10: the date is after the plan's end date. */
	BEYOND_PLAN_DURATION,

	/**
	 * R13: a line of the date gets {@code KX}, but its certification interval holds no
	 * signed progress report nor a note with an evaluation or re-evaluation code.
	 */
	KX_WITHOUT_SUPPORT,

	/** R7: both codes of an NCCI pair bill at least one unit on the date. */
	NCCI_PAIR_REVIEW,

	/** R8: the date lies in no certified interval. */
	OUTSIDE_CERTIFICATION,

	/** R10: more treatment days in the ISO week than the plan's visits per week. */
	OVER_FREQUENCY,

	/** R9: the 11th or later treatment day of a progress-report period. */
	PROGRESS_REPORT_OVERDUE,

	/** R7: a billed timed code is not among the plan of care's planned services. */
	SERVICE_NOT_IN_POC,

	/** R13: the year's running total ends the day above the targeted review threshold. */
	TARGETED_REVIEW_RISK

}

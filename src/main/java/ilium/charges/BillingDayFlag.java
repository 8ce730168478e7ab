package ilium.charges;

/**
 * What a billing day asks a biller to look at (EPISODE.md R7, R8, R9, R10, R13). Flags
 * never change units; they are sorted by name in an answer.
 */
public enum BillingDayFlag {

	/** R8: the date is in no certified interval of the plan of care. */
	OUTSIDE_CERTIFICATION,
	/** R10: after the plan's end date. */
	BEYOND_PLAN_DURATION,
	/** R13: a KX day whose interval holds no signed progress report or evaluation. */
	KX_WITHOUT_SUPPORT,
	/** R7: both codes of an NCCI pair bill a unit that date. */
	NCCI_PAIR_REVIEW,
	/** R10: the k-th treatment day of an ISO week, k above the plan's visits per week. */
	OVER_FREQUENCY,
	/** R9: the 11th or later treatment day of a progress-report period. */
	PROGRESS_REPORT_OVERDUE,
	/** R7: a billed timed code that is not among the plan's planned services. */
	SERVICE_NOT_IN_POC,
	/** R13: the year's allowed total ends the day above the targeted-review threshold. */
	TARGETED_REVIEW_RISK

}

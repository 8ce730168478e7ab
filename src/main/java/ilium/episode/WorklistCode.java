package ilium.episode;

/** What the compliance worklist asks a therapist to do next (EPISODE.md R8–R12). */
public enum WorklistCode {

	/** R8: the last certified interval ends within the alert window: recertify. */
	RECERT_DUE_SOON,

	/** R8: the last certified interval has ended. */
	EXPIRED,

	/** R8: an interval's certification is late. */
	CERTIFICATION_DELAYED,

	/** R9: the open period reaches its 8th treatment day. */
	PROGRESS_REPORT_DUE_SOON,

	/** R9: the open period is at its 10th treatment day. */
	PROGRESS_REPORT_DUE_TODAY,

	/** R9: the open period is past its 10th treatment day. */
	PROGRESS_REPORT_OVERDUE,

	/** R11: a discontinued plan with treatment and no signed discharge summary. */
	DISCHARGE_SUMMARY_DUE,

	/**
	 * R10: an ACTIVE plan without a treatment day for the configured days: call the
	 * patient.
	 */
	GAP_IN_CARE,

	/** R12: the latest adherence entry of a prescription reports pain: review it. */
	HEP_PAIN_FLAG

}

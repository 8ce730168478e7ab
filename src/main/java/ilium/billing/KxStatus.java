package ilium.billing;

/** Where a patient's year stands against its KX threshold (EPISODE.md R13). */
public enum KxStatus {

	/** The payer is not Medicare Part B: no KX ledger (the caller's decision). */
	NOT_APPLICABLE,

	/**
	 * The year has no configuration, or a billed code has no allowed amount: the total
	 * cannot be known, so no line gets {@code KX} from there on.
	 */
	UNKNOWN,

	/** The running total is at most the threshold. */
	BELOW_THRESHOLD,

	/** The running total exceeds the threshold. */
	OVER_THRESHOLD

}

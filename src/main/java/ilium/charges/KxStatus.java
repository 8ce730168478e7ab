package ilium.charges;

/**
 * Where a Medicare patient's year stands against the KX threshold at a billing day
 * (EPISODE.md R13).
 */
public enum KxStatus {

	/** Not a {@code MEDICARE_PART_B} plan. */
	NOT_APPLICABLE,
	/** No billing configuration for the year, or a code without allowed amount. */
	UNKNOWN, BELOW_THRESHOLD, OVER_THRESHOLD

}

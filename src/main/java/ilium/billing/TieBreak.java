package ilium.billing;

/**
 * The clinic's order for timed codes of equal remainder competing for the last extra
 * units of a date (EPISODE.md R3 step 3), in the order it is applied. CMS leaves the
 * choice to the clinic; this order is the clinic's convention, and each billing day names
 * the criterion that decided at the cut so the choice can be explained.
 */
public enum TieBreak {

	/** The code the date's latest-signed note names in {@code preferredForRemainder}. */
	PREFERRED_FOR_REMAINDER,

	/**
	 * A code that has no unit yet ({@code m < 15}), so that a service given is billed at
	 * all before another gets its second unit.
	 */
	NO_UNIT_YET,

	/** The code with more minutes. */
	MORE_MINUTES,

	/** The lower CPT code: arbitrary but fixed, so the same minutes always bill alike. */
	LOWER_CPT

}

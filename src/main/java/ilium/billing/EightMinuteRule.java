package ilium.billing;

/**
 * How many 15-minute units a total of timed minutes is worth (EPISODE.md R2), the rule of
 * the Medicare Claims Processing Manual, Pub. 100-04, ch. 5 §20.2: fewer than 8 minutes
 * bill nothing, 8 to 22 one unit, 23 to 37 two, and so on, each further unit from the 8th
 * minute of its 15.
 */
final class EightMinuteRule {

	private EightMinuteRule() {
	}

	/** {@code 0} below 8 minutes, else {@code floor((T − 8) / 15) + 1}. */
	static int unitsFor(int totalTimedMinutes) {
		if (totalTimedMinutes < 0) {
			throw new IllegalArgumentException("minutes below 0: " + totalTimedMinutes);
		}
		return (totalTimedMinutes < 8) ? 0 : (totalTimedMinutes - 8) / 15 + 1;
	}

}

package ilium.billing;

/** The claim-line modifiers the service adds. */
public enum Modifier {

	/**
	 * Services delivered under an outpatient physical therapy plan of care; every line
	 * with at least one unit carries it (EPISODE.md R1).
	 */
	GP

}

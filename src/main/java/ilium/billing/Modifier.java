package ilium.billing;

/** The claim-line modifiers the service adds. */
public enum Modifier {

	/**
	 * Services delivered under an outpatient physical therapy plan of care; every line
	 * with at least one unit carries it (EPISODE.md R1).
	 */
	GP,

	/**
	 * Medically necessary therapy above the year's KX threshold (EPISODE.md R13, CMS
	 * "Therapy Services"): a Medicare line after which the patient's allowed amounts of
	 * the year exceed it ({@link KxLedger}).
	 */
	KX

}

package ilium.episode;

/** Where the open progress-report period stands (EPISODE.md R9). */
public enum ReportStatus {

	/** No treatment day yet: the episode has not started. */
	NOT_STARTED,

	/** Fewer than 8 treatment days in the period. */
	OK,

	/** The 8th or 9th treatment day. */
	DUE_SOON,

	/** The 10th treatment day, until the next one. */
	DUE_TODAY,

	/** The 11th treatment day or later. */
	OVERDUE

}

package ilium.episode;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Episode-of-care settings ({@code ilium.episode}), with EPISODE.md's defaults.
 *
 * @param recertAlertDays worklist {@code RECERT_DUE_SOON} this many days before a
 * certification interval ends (R8)
 * @param progressAlertTreatmentDays progress report {@code DUE_SOON} this many treatment
 * days before the 10th (R9)
 * @param dischargeSummaryDueDays a discharge summary is due this many days after the last
 * treatment day (R11)
 * @param gapInCareDays worklist {@code GAP_IN_CARE} after this many days without a
 * treatment day (R10)
 * @param visitOverrunMinutes how far a visit's treatment minutes may exceed its duration
 * (R5)
 * @param adherentPercent adherence band {@code ADHERENT} from this percentage (R12, the
 * clinic's convention)
 * @param partialPercent adherence band {@code PARTIAL} from this percentage, below it
 * {@code LOW}
 * @param hepPainFlagAt pain during the home exercises (0..10) from which an adherence
 * entry carries a pain flag
 */
@ConfigurationProperties("ilium.episode")
record EpisodeProperties(@DefaultValue("14") int recertAlertDays, @DefaultValue("2") int progressAlertTreatmentDays,
		@DefaultValue("14") int dischargeSummaryDueDays, @DefaultValue("14") int gapInCareDays,
		@DefaultValue("15") int visitOverrunMinutes, @DefaultValue("80") int adherentPercent,
		@DefaultValue("50") int partialPercent, @DefaultValue("6") int hepPainFlagAt) {

	EpisodeProperties {
		if (recertAlertDays < 0 || progressAlertTreatmentDays < 0 || dischargeSummaryDueDays < 0 || gapInCareDays < 0
				|| visitOverrunMinutes < 0) {
			throw new IllegalArgumentException("ilium.episode day, treatment-day and minute settings must be >= 0");
		}
		if (partialPercent < 0 || partialPercent > adherentPercent || adherentPercent > 100) {
			throw new IllegalArgumentException("ilium.episode needs 0 <= partial-percent <= adherent-percent <= 100");
		}
		if (hepPainFlagAt < 0 || hepPainFlagAt > 10) {
			throw new IllegalArgumentException("ilium.episode.hep-pain-flag-at must be between 0 and 10");
		}
	}

	/** The band of an adherence percentage (R12). */
	AdherenceBand bandOf(int adherencePercent) {
		if (adherencePercent >= adherentPercent) {
			return AdherenceBand.ADHERENT;
		}
		return adherencePercent >= partialPercent ? AdherenceBand.PARTIAL : AdherenceBand.LOW;
	}

	/** Whether pain during the exercises raises a flag (R12); none reported, none. */
	boolean painFlag(@Nullable Integer painDuring) {
		return painDuring != null && painDuring >= hepPainFlagAt;
	}

}

package ilium.episode;

/**
 * How well a patient kept to a home exercise over the week reported (EPISODE.md R12):
 * {@code ADHERENT} from 80 %, {@code PARTIAL} from 50 %, else {@code LOW}. The thresholds
 * are the clinic's convention ({@code ilium.episode.adherent-percent},
 * {@code partial-percent}), not a published standard.
 */
public enum AdherenceBand {

	ADHERENT, PARTIAL, LOW

}

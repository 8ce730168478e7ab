package ilium.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The episode-of-care setting a visit note's services need ({@code ilium.episode}).
 *
 * @param visitOverrunMinutes EPISODE.md R5: a note's {@code totalTreatmentMinutes} is at
 * most the appointment's duration plus this many minutes (default 15,
 * {@code ILIUM_EPISODE_VISIT_OVERRUN_MINUTES})
 */
@ConfigurationProperties("ilium.episode")
record VisitNoteProperties(@DefaultValue("15") int visitOverrunMinutes) {

	VisitNoteProperties {
		if (visitOverrunMinutes < 0 || visitOverrunMinutes > 120) {
			throw new IllegalArgumentException("ilium.episode.visit-overrun-minutes must be between 0 and 120");
		}
	}

}

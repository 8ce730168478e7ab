package ilium.treatment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's episode start, D0: its first treatment day (EPISODE.md R9). The episode of
 * care computes it from the plan's signed notes, and the episode module sits above this
 * one (it reads plans), so this interface inverts the dependency: its one implementation
 * is the episode module's, and every plan answer carries its D0 through
 * {@link EpisodeStartOnPlans}.
 */
public interface EpisodeStart {

	/** The plan's first treatment day, if it has had one. */
	Optional<LocalDate> of(UUID planId);

}

package ilium.episode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A prescription whose latest adherence entry as of a day reports pain at or above
 * {@code ilium.episode.hep-pain-flag-at} (EPISODE.md R12): the worklist's
 * {@code HEP_PAIN_FLAG}, dated {@code reportedOn}. It stands until a later entry of the
 * prescription replaces it; the dose never changes by itself.
 */
public record HepPainFlag(UUID planId, UUID prescriptionId, LocalDate reportedOn, int painDuring) {

}

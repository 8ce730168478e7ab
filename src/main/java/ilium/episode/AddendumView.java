package ilium.episode;

import java.time.Instant;
import java.util.UUID;

/** An addendum to a signed episode document. */
public record AddendumView(UUID id, String text, UUID authorId, Instant addedAt) {
}

package ilium.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * An addendum to a signed visit note, kept with its author and time.
 *
 * @param id the addendum
 * @param text what was added
 * @param authorUserId the staff account that wrote it
 * @param authorUsername that account's name at the time
 * @param authorTherapistId the therapist who wrote it
 * @param createdAt when it was written
 */
public record AddendumView(UUID id, String text, UUID authorUserId, String authorUsername, UUID authorTherapistId,
		Instant createdAt) {
}

package ilium.therapists;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A therapist's time off, {@code [start, end)}; cancelled time off is kept and frees its
 * time.
 */
public record TimeOffView(UUID id, UUID therapistId, Instant start, Instant end, @Nullable String reason,
		boolean cancelled) {
}

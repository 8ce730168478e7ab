package ilium.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment as clients and other modules see it.
 */
public record AppointmentView(UUID id, UUID patientId, UUID therapistId, Instant start, Instant end,
		int durationMinutes, AppointmentType type, AppointmentStatus status, @Nullable String note,
		@Nullable String cancellationReason, boolean lateCancellation, long version) {
}

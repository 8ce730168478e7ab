package ilium.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which appointments a list shows: those starting in {@code [from, to)}, optionally of
 * one therapist, one patient or one status.
 */
record AppointmentFilter(Instant from, Instant to, @Nullable UUID therapistId, @Nullable UUID patientId,
		@Nullable AppointmentStatus status) {
}

package ilium.scheduling;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * Moves a booked appointment; a field left out (or null) stays as it is.
 */
public record RescheduleAppointment(@Nullable Instant start, @Nullable @Min(15) @Max(180) Integer durationMinutes,
		@Nullable UUID therapistId) {
}

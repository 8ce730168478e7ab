package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment about to be stored.
 */
record NewAppointment(UUID id, UUID patientId, UUID therapistId, Instant start, int durationMinutes,
		AppointmentType type, @Nullable String note, @Nullable UUID seriesId, Instant createdAt) {

	Instant end() {
		return start.plus(Duration.ofMinutes(durationMinutes));
	}

}

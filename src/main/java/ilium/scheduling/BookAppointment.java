package ilium.scheduling;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Books one appointment of {@code durationMinutes} (15..180, a multiple of 5) from
 * {@code start}.
 */
public record BookAppointment(@NotNull UUID patientId, @NotNull UUID therapistId, @NotNull Instant start,
		@NotNull @Min(15) @Max(180) Integer durationMinutes, @NotNull AppointmentType type,
		@Nullable @Size(max = 10000) String note) {

	public BookAppointment {
		note = note == null || note.isBlank() ? null : note.strip();
	}

}

package ilium.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Books {@code occurrences} appointments on the given weekdays, starting on the day of
 * {@code firstStart} and always at its clinic-local time of day (so 09:00 stays 09:00
 * across a daylight-saving change). All or none.
 */
public record BookSeries(@NotNull UUID patientId, @NotNull UUID therapistId, @NotNull Instant firstStart,
		@NotNull @Min(15) @Max(180) Integer durationMinutes, @NotNull AppointmentType type,
		@NotEmpty Set<@NotNull DayOfWeek> weekdays, @NotNull @Min(1) @Max(MAX_OCCURRENCES) Integer occurrences,
		@Nullable @Size(max = 10000) String note) {

	/**
	 * A year of twice-weekly visits is the longest plan of care the clinic books ahead.
	 */
	public static final int MAX_OCCURRENCES = 104;

	public BookSeries {
		note = note == null || note.isBlank() ? null : note.strip();
	}

}

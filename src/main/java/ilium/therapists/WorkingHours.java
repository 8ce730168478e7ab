package ilium.therapists;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One interval of a therapist's weekly working hours, in the clinic's time zone
 * ({@code HH:mm}), from {@code start} (inclusive) to {@code end} (exclusive).
 */
public record WorkingHours(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") LocalTime start,
		@JsonFormat(pattern = "HH:mm") LocalTime end) {

	/** Whether the clinic-local interval {@code [from, to)} on this day lies inside. */
	public boolean covers(LocalTime from, LocalTime to) {
		return !from.isBefore(start) && !to.isAfter(end) && from.isBefore(to);
	}

}

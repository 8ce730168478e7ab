package ilium.therapists;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One interval of a therapist's weekly working hours, in the clinic's time zone
 * ({@code HH:mm}), from {@code start} (inclusive) to {@code end} (exclusive). What real
 * time that covers on a given date, also when the clocks change, is the appointment
 * book's rule.
 */
public record WorkingHours(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") LocalTime start,
		@JsonFormat(pattern = "HH:mm") LocalTime end) {

}

package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ilium.therapists.WorkingHours;

/**
 * DOMAIN.md, Scheduling: free slots on a 15-minute grid (of the clinic-local clock)
 * inside working hours, minus appointments and time off. Grid and working hours are
 * {@link WorkingDay}'s, the rule booking checks too, so every slot offered can be booked
 * and every grid start left out is refused, also when the clocks change. Slots that
 * started before now are left out: nobody can book the past from an availability list.
 */
record FreeSlots(ZoneId zone, List<WorkingHours> hours, List<TimeSlot> busy, Instant now) {

	List<TimeSlot> between(LocalDate from, LocalDate to, int durationMinutes) {
		List<TimeSlot> free = new ArrayList<>();
		Duration duration = Duration.ofMinutes(durationMinutes);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			WorkingDay day = WorkingDay.of(zone, date, hours);
			for (Instant start : day.gridPoints()) {
				TimeSlot slot = new TimeSlot(start, start.plus(duration));
				if (day.covers(slot) && !start.isBefore(now) && busy.stream().noneMatch(slot::overlaps)) {
					free.add(slot);
				}
			}
		}
		return free;
	}

}

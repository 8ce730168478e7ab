package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import ilium.therapists.WorkingHours;

/**
 * DOMAIN.md, Scheduling: free slots on a 15-minute grid (of the clinic-local clock)
 * inside working hours, minus appointments and time off. Slots that started before now
 * are left out: nobody can book the past from an availability list.
 */
record FreeSlots(ZoneId zone, List<WorkingHours> hours, List<TimeSlot> busy, Instant now) {

	static final int GRID_MINUTES = 15;

	List<TimeSlot> between(LocalDate from, LocalDate to, int durationMinutes) {
		List<TimeSlot> free = new ArrayList<>();
		Duration duration = Duration.ofMinutes(durationMinutes);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			for (WorkingHours interval : hours) {
				if (interval.dayOfWeek() == date.getDayOfWeek()) {
					addSlots(free, date, interval, duration);
				}
			}
		}
		return free;
	}

	private void addSlots(List<TimeSlot> free, LocalDate date, WorkingHours interval, Duration duration) {
		for (LocalTime time = firstGridPoint(interval.start()); fits(time, duration,
				interval); time = time.plusMinutes(GRID_MINUTES)) {
			Instant start = ZonedDateTime.of(date, time, zone).toInstant();
			TimeSlot slot = new TimeSlot(start, start.plus(duration));
			if (!start.isBefore(now) && busy.stream().noneMatch(slot::overlaps)) {
				free.add(slot);
			}
		}
	}

	private static boolean fits(LocalTime time, Duration duration, WorkingHours interval) {
		LocalTime end = time.plus(duration);
		return !time.isBefore(interval.start()) && end.isAfter(time) && !end.isAfter(interval.end());
	}

	private static LocalTime firstGridPoint(LocalTime start) {
		int minutes = start.getHour() * 60 + start.getMinute() + (start.getSecond() > 0 ? 1 : 0);
		int aligned = (minutes + GRID_MINUTES - 1) / GRID_MINUTES * GRID_MINUTES;
		return aligned >= 24 * 60 ? LocalTime.MAX : LocalTime.of(aligned / 60, aligned % 60);
	}

}

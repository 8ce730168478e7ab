package ilium.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ilium.therapists.WorkingHours;

/**
 * A therapist's working hours on one clinic-local date, as the real stretches of time
 * (shifts) they cover: the one rule by which availability ({@link FreeSlots}) offers and
 * booking ({@link WorkingHoursPolicy}) accepts, so what one offers the other books.
 * <p>
 * The rule is the clinic's wall clock: an interval {@code [start, end)} covers every
 * instant at which the clock in the clinic's time zone shows this date and a time in
 * {@code [start, end)}. On an ordinary day that is one shift from {@code start} to
 * {@code end}. When the clocks change:
 * <ul>
 * <li>Spring forward (in Los Angeles 02:00 becomes 03:00): the skipped times are never
 * shown, so 00:00-06:00 is five real hours; an interval starting in the gap starts when
 * the clock jumps (02:30-05:00 starts at 03:00), one ending in it ends at the jump
 * (01:00-02:30 is one real hour), one inside it (02:00-03:00) covers nothing.</li>
 * <li>Fall back (02:00 becomes 01:00 again): the repeated hour is shown, and covered,
 * twice, so 00:00-06:00 is seven real hours; an interval that starts or ends inside the
 * repeated hour covers two shifts (01:30-04:00: 01:30-02:00 of the first pass, then 01:30
 * of the second pass to 04:00).</li>
 * </ul>
 * A booking {@code [start, end)} lies inside working hours when it lies inside one shift
 * (so, as on any day, inside one interval). The 15-minute grid is that of the clock:
 * every instant of a shift at which the clock shows :00, :15, :30 or :45, so the skipped
 * hour has no grid points and the repeated hour has each of its twice.
 */
record WorkingDay(ZoneId zone, List<TimeSlot> shifts) {

	static final int GRID_MINUTES = 15;

	/** The shifts of the intervals of {@code date}'s weekday, in order. */
	static WorkingDay of(ZoneId zone, LocalDate date, List<WorkingHours> hours) {
		List<TimeSlot> shifts = new ArrayList<>();
		for (WorkingHours interval : hours) {
			if (interval.dayOfWeek() == date.getDayOfWeek()) {
				shifts.addAll(shifts(zone, date.atTime(interval.start()), date.atTime(interval.end())));
			}
		}
		shifts.sort(Comparator.comparing(TimeSlot::start));
		return new WorkingDay(zone, List.copyOf(shifts));
	}

	/** Whether {@code slot} is non-empty and lies inside one shift. */
	boolean covers(TimeSlot slot) {
		return slot.start().isBefore(slot.end()) && shifts.stream()
			.anyMatch(shift -> !slot.start().isBefore(shift.start()) && !slot.end().isAfter(shift.end()));
	}

	/**
	 * Every instant of a shift at which the clinic's clock shows a quarter hour, in
	 * order.
	 */
	List<Instant> gridPoints() {
		List<Instant> points = new ArrayList<>();
		for (TimeSlot shift : shifts) {
			for (Stretch stretch : Stretch.between(zone, shift.start(), shift.end())) {
				for (LocalDateTime time = onGrid(stretch.localStart()); time
					.isBefore(stretch.localEnd()); time = time.plusMinutes(GRID_MINUTES)) {
					points.add(time.toInstant(stretch.offset()));
				}
			}
		}
		return points;
	}

	/**
	 * The instants at which the clock shows a time in {@code [from, to)}, as shifts;
	 * pieces that meet (across a spring-forward jump) are one shift.
	 */
	private static List<TimeSlot> shifts(ZoneId zone, LocalDateTime from, LocalDateTime to) {
		List<TimeSlot> shifts = new ArrayList<>();
		// a day before and after reaches every instant that could show these times
		for (Stretch stretch : Stretch.between(zone, from.minusDays(1).atZone(zone).toInstant(),
				to.plusDays(1).atZone(zone).toInstant())) {
			LocalDateTime start = later(from, stretch.localStart());
			LocalDateTime end = earlier(to, stretch.localEnd());
			if (start.isBefore(end)) {
				TimeSlot piece = new TimeSlot(start.toInstant(stretch.offset()), end.toInstant(stretch.offset()));
				if (!shifts.isEmpty() && shifts.getLast().end().equals(piece.start())) {
					piece = new TimeSlot(shifts.removeLast().start(), piece.end());
				}
				shifts.add(piece);
			}
		}
		return shifts;
	}

	private static LocalDateTime onGrid(LocalDateTime time) {
		LocalDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
		if (minute.isBefore(time)) {
			minute = minute.plusMinutes(1);
		}
		return minute.plusMinutes((GRID_MINUTES - minute.getMinute() % GRID_MINUTES) % GRID_MINUTES);
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	/** A stretch of time over which the clock runs evenly, at one offset from UTC. */
	private record Stretch(Instant start, Instant end, ZoneOffset offset) {

		/** {@code [from, to)} cut where the zone's offset changes. */
		static List<Stretch> between(ZoneId zone, Instant from, Instant to) {
			ZoneRules rules = zone.getRules();
			List<Stretch> stretches = new ArrayList<>();
			for (Instant start = from; start.isBefore(to);) {
				ZoneOffsetTransition next = rules.nextTransition(start);
				Instant end = next == null || next.getInstant().isAfter(to) ? to : next.getInstant();
				stretches.add(new Stretch(start, end, rules.getOffset(start)));
				start = end;
			}
			return stretches;
		}

		LocalDateTime localStart() {
			return LocalDateTime.ofInstant(start, offset);
		}

		LocalDateTime localEnd() {
			return LocalDateTime.ofInstant(end, offset);
		}

	}

}

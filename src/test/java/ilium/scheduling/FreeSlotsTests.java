package ilium.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import ilium.therapists.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotsTests {

	static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	static final LocalDate SUNDAY_OF_CHANGE = LocalDate.of(2026, 3, 8);

	@Test
	void alignsSlotsToTheQuarterHourOfTheLocalClock() {
		WorkingHours hours = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 10), LocalTime.of(9, 0));
		List<TimeSlot> slots = new FreeSlots(ZONE, List.of(hours), List.of(), Instant.EPOCH)
			.between(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), 15);
		assertThat(slots).extracting(slot -> slot.start().atZone(ZONE).toLocalTime())
			.containsExactly(LocalTime.of(8, 15), LocalTime.of(8, 30), LocalTime.of(8, 45));
	}

	@Test
	void keepsLocalTimesOnTheDayTheClocksChange() {
		WorkingHours hours = new WorkingHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(9, 30));
		List<TimeSlot> slots = new FreeSlots(ZONE, List.of(hours), List.of(), Instant.EPOCH)
			.between(SUNDAY_OF_CHANGE.minusDays(7), SUNDAY_OF_CHANGE, 30);
		assertThat(slots).extracting(TimeSlot::start)
			.containsExactly(Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-08T16:00:00Z"));
	}

	@Test
	void leavesOutSlotsOverlappingBusyTimeButKeepsBackToBack() {
		WorkingHours hours = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0));
		TimeSlot busy = new TimeSlot(Instant.parse("2027-03-01T16:30:00Z"), Instant.parse("2027-03-01T17:00:00Z"));
		List<TimeSlot> slots = new FreeSlots(ZONE, List.of(hours), List.of(busy), Instant.EPOCH)
			.between(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), 30);
		assertThat(slots).extracting(slot -> slot.start().atZone(ZONE).toLocalTime())
			.containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(9, 30));
	}

	@Test
	void leavesOutSlotsThatHaveAlreadyStarted() {
		WorkingHours hours = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0));
		List<TimeSlot> slots = new FreeSlots(ZONE, List.of(hours), List.of(), Instant.parse("2027-03-01T16:20:00Z"))
			.between(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), 15);
		assertThat(slots).extracting(slot -> slot.start().atZone(ZONE).toLocalTime())
			.containsExactly(LocalTime.of(8, 30), LocalTime.of(8, 45));
	}

}

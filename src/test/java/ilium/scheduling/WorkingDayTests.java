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

class WorkingDayTests {

	static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);

	static final LocalDate FALL_BACK = LocalDate.of(2027, 11, 7);

	@Test
	void anOrdinaryDayIsOneShiftFromStartToEnd() {
		assertThat(sunday(LocalDate.of(2027, 3, 7), "00:00", "06:00").shifts())
			.containsExactly(slot("2027-03-07T08:00:00Z", "2027-03-07T14:00:00Z"));
	}

	@Test
	void springForwardMakesTheShiftAnHourShorter() {
		assertThat(sunday(SPRING_FORWARD, "00:00", "06:00").shifts())
			.containsExactly(slot("2027-03-14T08:00:00Z", "2027-03-14T13:00:00Z"));
	}

	@Test
	void hoursStartingOrEndingInTheSkippedHourMeetTheJump() {
		assertThat(sunday(SPRING_FORWARD, "02:30", "05:00").shifts())
			.containsExactly(slot("2027-03-14T10:00:00Z", "2027-03-14T12:00:00Z"));
		assertThat(sunday(SPRING_FORWARD, "01:00", "02:30").shifts())
			.containsExactly(slot("2027-03-14T09:00:00Z", "2027-03-14T10:00:00Z"));
		assertThat(sunday(SPRING_FORWARD, "02:00", "03:00").shifts()).isEmpty();
	}

	@Test
	void fallBackMakesTheShiftAnHourLonger() {
		assertThat(sunday(FALL_BACK, "00:00", "06:00").shifts())
			.containsExactly(slot("2027-11-07T07:00:00Z", "2027-11-07T14:00:00Z"));
	}

	@Test
	void hoursStartingInTheRepeatedHourCoverItsBothPasses() {
		WorkingDay day = sunday(FALL_BACK, "01:30", "04:00");
		assertThat(day.shifts()).containsExactly(slot("2027-11-07T08:30:00Z", "2027-11-07T09:00:00Z"),
				slot("2027-11-07T09:30:00Z", "2027-11-07T12:00:00Z"));
		assertThat(day.covers(slot("2027-11-07T08:30:00Z", "2027-11-07T09:00:00Z"))).isTrue();
		assertThat(day.covers(slot("2027-11-07T08:45:00Z", "2027-11-07T09:15:00Z"))).isFalse();
	}

	@Test
	void theGridSkipsTheSkippedHourAndRepeatsTheRepeatedOne() {
		assertThat(sunday(SPRING_FORWARD, "01:00", "04:00").gridPoints()).extracting(Instant::toString)
			.containsExactly("2027-03-14T09:00:00Z", "2027-03-14T09:15:00Z", "2027-03-14T09:30:00Z",
					"2027-03-14T09:45:00Z", "2027-03-14T10:00:00Z", "2027-03-14T10:15:00Z", "2027-03-14T10:30:00Z",
					"2027-03-14T10:45:00Z");
		assertThat(sunday(FALL_BACK, "01:00", "02:00").gridPoints()).extracting(Instant::toString)
			.containsExactly("2027-11-07T08:00:00Z", "2027-11-07T08:15:00Z", "2027-11-07T08:30:00Z",
					"2027-11-07T08:45:00Z", "2027-11-07T09:00:00Z", "2027-11-07T09:15:00Z", "2027-11-07T09:30:00Z",
					"2027-11-07T09:45:00Z");
	}

	@Test
	void aBookingSitsInsideOneIntervalEvenWhenTwoMeet() {
		List<WorkingHours> hours = List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
				new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)));
		WorkingDay day = WorkingDay.of(ZONE, LocalDate.of(2027, 3, 1), hours);
		assertThat(day.covers(slot("2027-03-01T19:30:00Z", "2027-03-01T20:00:00Z"))).isTrue();
		assertThat(day.covers(slot("2027-03-01T19:45:00Z", "2027-03-01T20:15:00Z"))).isFalse();
	}

	@Test
	void aDayWhoseMidnightIsSkippedStartsWhenTheClockJumps() {
		// Santiago springs forward from 24:00 on Saturday 2027-09-04 to 01:00 on Sunday.
		WorkingDay day = WorkingDay.of(ZoneId.of("America/Santiago"), LocalDate.of(2027, 9, 5),
				List.of(new WorkingHours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0))));
		assertThat(day.shifts()).containsExactly(slot("2027-09-05T04:00:00Z", "2027-09-05T05:00:00Z"));
	}

	private static WorkingDay sunday(LocalDate date, String start, String end) {
		return WorkingDay.of(ZONE, date,
				List.of(new WorkingHours(DayOfWeek.SUNDAY, LocalTime.parse(start), LocalTime.parse(end))));
	}

	private static TimeSlot slot(String start, String end) {
		return new TimeSlot(Instant.parse(start), Instant.parse(end));
	}

}

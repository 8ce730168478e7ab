package ilium.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ilium.HttpTest;
import ilium.therapists.Therapists;
import tools.jackson.databind.JsonNode;

import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Availability and booking read working hours by one rule, also on the nights the clocks
 * change (America/Los_Angeles, 2027): every slot offered can be booked, and every
 * quarter-hour start that is not offered is refused as outside working hours.
 */
@HttpTest
class DaylightSavingBookingTests extends BookingTestBase {

	static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);

	static final LocalDate FALL_BACK = LocalDate.of(2027, 11, 7);

	static final LocalDate ORDINARY_SUNDAY = LocalDate.of(2027, 3, 7);

	static final int MINUTES = 30;

	@Test
	void springForwardShiftIsAnHourShorterAndOffersOnlyWhatCanBeBooked() {
		worksOnSunday("00:00", "06:00");
		// 00:00 PST is 08:00Z, 06:00 PDT is 13:00Z: five real hours.
		assertThat(offeredMatchesBooking(SPRING_FORWARD))
			.containsExactlyElementsOf(everyQuarterHour("2027-03-14T08:00:00Z", "2027-03-14T12:30:00Z"));
	}

	@Test
	void fallBackShiftIsAnHourLongerAndOffersTheRepeatedHourTwice() {
		worksOnSunday("00:00", "06:00");
		// 00:00 PDT is 07:00Z, 06:00 PST is 14:00Z: seven real hours.
		assertThat(offeredMatchesBooking(FALL_BACK))
			.containsExactlyElementsOf(everyQuarterHour("2027-11-07T07:00:00Z", "2027-11-07T13:30:00Z"));
	}

	@Test
	void hoursEndingInTheSkippedHourEndWhenTheClockJumps() {
		worksOnSunday("01:00", "02:30");
		// 01:00 PST is 09:00Z; the clock jumps from 02:00 PST to 03:00 PDT at 10:00Z.
		assertThat(offeredMatchesBooking(SPRING_FORWARD))
			.containsExactlyElementsOf(everyQuarterHour("2027-03-14T09:00:00Z", "2027-03-14T09:30:00Z"));
	}

	@Test
	void hoursStartingInTheRepeatedHourCoverBothItsPasses() {
		worksOnSunday("01:30", "04:00");
		// 01:30-02:00 PDT is 08:30Z-09:00Z; 01:30 PST to 04:00 PST is 09:30Z-12:00Z.
		List<Instant> expected = new ArrayList<>(everyQuarterHour("2027-11-07T08:30:00Z", "2027-11-07T08:30:00Z"));
		expected.addAll(everyQuarterHour("2027-11-07T09:30:00Z", "2027-11-07T11:30:00Z"));
		assertThat(offeredMatchesBooking(FALL_BACK)).containsExactlyElementsOf(expected);
	}

	@Test
	void anOrdinarySundayKeepsItsLocalHours() {
		worksOnSunday("00:00", "06:00");
		assertThat(offeredMatchesBooking(ORDINARY_SUNDAY))
			.containsExactlyElementsOf(everyQuarterHour("2027-03-07T08:00:00Z", "2027-03-07T13:30:00Z"));
	}

	/**
	 * Books every real quarter hour from an hour before the day's hours begin to an hour
	 * after they end: the offered ones must book (each cancelled again so the next finds
	 * the therapist free), the others must be refused as outside working hours. Answers
	 * the offered starts.
	 */
	private List<Instant> offeredMatchesBooking(LocalDate date) {
		List<Instant> offered = offered(date);
		assertThat(offered).doesNotHaveDuplicates().isSorted();
		Instant last = at(date, "07:00");
		for (Instant start = at(date, "00:00").minus(Duration.ofHours(1)); !start.isAfter(last); start = start
			.plus(Duration.ofMinutes(15))) {
			if (offered.contains(start)) {
				bookAndCancel(start);
			}
			else {
				clinic.book(booking(patient, therapist, start, MINUTES))
					.expectStatus()
					.isEqualTo(422)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("https://ilium.example/problems/outside-working-hours");
			}
		}
		return offered;
	}

	private void bookAndCancel(Instant start) {
		JsonNode created = clinic.book(booking(patient, therapist, start, MINUTES))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		clinic.post("/api/v1/appointments/{id}/cancel", Map.of("reason", "Probe"), created.get("id").asString())
			.expectStatus()
			.isOk();
	}

	private List<Instant> offered(LocalDate date) {
		JsonNode slots = clinic
			.get("/api/v1/therapists/{id}/availability?from={from}&to={to}&durationMinutes={d}", therapist, date, date,
					MINUTES)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return slots.valueStream().map(slot -> {
			Instant start = Instant.parse(slot.get("start").asString());
			assertThat(Instant.parse(slot.get("end").asString())).isEqualTo(start.plus(Duration.ofMinutes(MINUTES)));
			return start;
		}).toList();
	}

	private void worksOnSunday(String start, String end) {
		new Therapists(jdbc).replaceWorkingHours(therapist, DayOfWeek.SUNDAY, LocalTime.parse(start),
				LocalTime.parse(end));
	}

	private static List<Instant> everyQuarterHour(String first, String last) {
		List<Instant> starts = new ArrayList<>();
		for (Instant start = Instant.parse(first); !start.isAfter(Instant.parse(last)); start = start
			.plus(Duration.ofMinutes(15))) {
			starts.add(start);
		}
		return starts;
	}

}

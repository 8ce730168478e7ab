package ilium.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import ilium.Clinic;
import ilium.HttpTest;
import tools.jackson.databind.JsonNode;

import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking and availability honour time off until it is cancelled, and a booking starts at
 * most a year back and two years ahead (API.md, Conventions and Therapists).
 */
@HttpTest
class TimeOffAndHorizonTests extends BookingTestBase {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	static final String OUTSIDE_HORIZON = "https://ilium.example/problems/outside-booking-horizon";

	@Test
	void cancelledTimeOffFreesItsTimeForAvailabilityAndBooking() {
		JsonNode timeOff = clinic
			.post("/api/v1/therapists/{id}/time-off",
					Map.of("start", at(MONDAY, "08:00").toString(), "end", at(MONDAY, "17:00").toString()), therapist)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		clinic.book(booking(patient, therapist, at(MONDAY, "10:00"), 30)).expectStatus().isEqualTo(422);
		assertThat(slots()).isEmpty();

		clinic.post("/api/v1/therapists/{id}/time-off/{tid}/cancel", Map.of(), therapist, timeOff.get("id").asString())
			.expectStatus()
			.isOk();

		assertThat(slots()).hasSize(33);
		clinic.book(booking(patient, therapist, at(MONDAY, "10:00"), 30)).expectStatus().isCreated();
	}

	@Test
	void aBookingMoreThanTwoYearsAheadOrAYearBackIsRefused() {
		LocalDate today = LocalDate.now(Clinic.ZONE);
		clinic.book(booking(patient, therapist, at(today.plusYears(2).plusDays(2), "10:00"), 30))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(OUTSIDE_HORIZON);
		clinic.book(booking(patient, therapist, at(today.minusYears(1).minusDays(2), "10:00"), 30))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(OUTSIDE_HORIZON);
		clinic.book(booking(patient, therapist, at(today.minusYears(1).plusDays(2), "10:00"), 30))
			.expectStatus()
			.isCreated();
	}

	@Test
	void aSeriesEndingMoreThanTwoYearsAheadIsRefused() {
		LocalDate start = LocalDate.now(Clinic.ZONE).plusYears(2).minusDays(14);
		Map<String, Object> body = new java.util.HashMap<>(booking(patient, therapist, at(start, "10:00"), 30));
		body.put("firstStart", body.remove("start"));
		body.put("weekdays", List.of(start.getDayOfWeek().name()));
		body.put("occurrences", 4);
		clinic.post("/api/v1/appointments/series", body)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(OUTSIDE_HORIZON);
	}

	@Test
	void anAppointmentCannotBeMovedBeyondTwoYearsAhead() {
		UUID id = clinic.booked(patient, therapist, at(MONDAY, "10:00"), 30);
		http.patch()
			.uri("/api/v1/appointments/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("start", at(LocalDate.now(Clinic.ZONE).plusYears(3), "10:00").toString()))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(OUTSIDE_HORIZON);
	}

	private List<JsonNode> slots() {
		JsonNode slots = clinic
			.get("/api/v1/therapists/{id}/availability?from=2027-03-01&to=2027-03-01&durationMinutes=60", therapist)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return slots.valueStream().toList();
	}

}

package ilium.scheduling;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import tools.jackson.databind.JsonNode;

import static ilium.Clinic.at;
import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class AvailabilityAndListTests extends BookingTestBase {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	@Test
	void offersFifteenMinuteSlotsInsideWorkingHoursAroundBookingsAndTimeOff() {
		clinic.booked(clinic.newPatient(), therapist, at(MONDAY, "09:00"), 60);
		clinic.timeOff(therapist, at(MONDAY, "12:00"), at(MONDAY, "17:00"));
		JsonNode slots = availability("2027-03-01", "2027-03-01", 60).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(slots.valueStream().map(slot -> slot.get("start").asString()).toList()).containsExactly(
				at(MONDAY, "08:00").toString(), at(MONDAY, "10:00").toString(), at(MONDAY, "10:15").toString(),
				at(MONDAY, "10:30").toString(), at(MONDAY, "10:45").toString(), at(MONDAY, "11:00").toString());
	}

	@Test
	void refusesAnAvailabilityRangeLongerThanThirtyOneDays() {
		availability("2027-03-01", "2027-04-01", 30).expectStatus().isBadRequest();
		availability("2027-03-01", "2027-03-31", 30).expectStatus().isOk();
	}

	@Test
	void listsAppointmentsInARangeFilteredByTherapistAndStatus() {
		UUID first = clinic.booked(clinic.newPatient(), therapist, at(MONDAY, "09:00"), 30);
		clinic.booked(clinic.newPatient(), therapist, at(MONDAY.plusDays(1), "09:00"), 30);
		clinic.booked(clinic.newPatient(), therapist, at(MONDAY.plusDays(5), "09:00"), 30);
		clinic.get("/api/v1/appointments?from=2027-03-01&to=2027-03-02&therapistId={t}&status=BOOKED&size=1", therapist)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].id")
			.isEqualTo(first.toString())
			.jsonPath("$.page.totalElements")
			.isEqualTo(2)
			.jsonPath("$.page.totalPages")
			.isEqualTo(2);
	}

	@Test
	void aListNeedsARangeOfAtMostNinetyThreeDays() {
		clinic.get("/api/v1/appointments?therapistId={t}", therapist).expectStatus().isBadRequest();
		clinic.get("/api/v1/appointments?from=2027-01-01&to=2027-04-04").expectStatus().isBadRequest();
		clinic.get("/api/v1/appointments?from=2027-01-01&to=2027-04-03&therapistId={t}", therapist)
			.expectStatus()
			.isOk();
	}

	private RestTestClient.ResponseSpec availability(String from, String to, int minutes) {
		return clinic.get("/api/v1/therapists/{id}/availability?from={from}&to={to}&durationMinutes={d}", therapist,
				from, to, minutes);
	}

}

package ilium.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;

import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HttpTest
class AppointmentLifecycleTests extends BookingTestBase {

	static final LocalDate FUTURE = LocalDate.of(2027, 3, 1);

	/**
	 * A day that has certainly passed: past bookings are accepted (walk-ins entered
	 * later).
	 */
	static final LocalDate PAST = ZonedDateTime.now(Clinic.ZONE).toLocalDate().minusDays(3);

	@Test
	void checksInAndCompletes() {
		UUID id = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);
		transition(id, "check-in").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CHECKED_IN");
		transition(id, "complete").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
	}

	@Test
	void cannotCompleteWithoutCheckingIn() {
		UUID id = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);
		transition(id, "complete").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/illegal-transition");
	}

	@Test
	void cannotCheckInACancelledAppointment() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		cancel(id, "Patient ill").expectStatus().isOk();
		transition(id, "check-in").expectStatus().isEqualTo(409);
	}

	@Test
	void refusesACheckInBeforeTheDayOfTheVisitAndLeavesItBooked() {
		UUID ahead = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);

		transition(ahead, "check-in").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/check-in-before-its-day");

		clinic.get("/api/v1/appointments/{id}", ahead).expectBody().jsonPath("$.status").isEqualTo("BOOKED");
	}

	@Test
	void postgresRefusesACheckInMoreThanADayBeforeTheStart() {
		UUID ahead = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);

		assertThatThrownBy(
				() -> jdbc.sql("update appointment set status = 'CHECKED_IN', checked_in_at = now() where id = :id")
					.param("id", ahead)
					.update())
			.hasMessageContaining("appointment_checked_in_near_its_start");
	}

	@Test
	void marksANoShowOnlyOnceTheStartHasPassed() {
		UUID future = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		transition(future, "no-show").expectStatus().isEqualTo(422);
		UUID past = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);
		transition(past, "no-show").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NO_SHOW");
	}

	@Test
	void aCancellationLongBeforeTheStartIsNotLate() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		cancel(id, "Moved away").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED")
			.jsonPath("$.cancellationReason")
			.isEqualTo("Moved away")
			.jsonPath("$.lateCancellation")
			.isEqualTo(false);
	}

	@Test
	void aCancellationWithinTheWindowIsLate() {
		UUID id = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);
		cancel(id, "Forgot").expectStatus().isOk().expectBody().jsonPath("$.lateCancellation").isEqualTo(true);
	}

	@Test
	void aCancellationNeedsAReason() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		cancel(id, " ").expectStatus().isBadRequest();
	}

	@Test
	void aCancelledAppointmentFreesItsTime() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		cancel(id, "Patient ill").expectStatus().isOk();
		clinic.book(booking(clinic.newPatient(), therapist, at(FUTURE, "10:00"), 30)).expectStatus().isCreated();
	}

	@Test
	void reschedulesABookedAppointment() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		reschedule(id, Map.of("start", at(FUTURE, "14:00").toString(), "durationMinutes", 60), "\"0\"").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.start")
			.isEqualTo("2027-03-01T22:00:00Z")
			.jsonPath("$.end")
			.isEqualTo("2027-03-01T23:00:00Z")
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void aRescheduleFollowsTheBookingRules() {
		UUID id = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);
		clinic.booked(clinic.newPatient(), therapist, at(FUTURE, "11:00"), 30);
		reschedule(id, Map.of("start", at(FUTURE, "11:15").toString()), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/appointment-conflict");
		reschedule(id, Map.of("start", at(FUTURE, "18:00").toString()), null).expectStatus().isEqualTo(422);
		reschedule(id, Map.of("start", at(FUTURE, "12:00").toString()), "\"7\"").expectStatus().isEqualTo(412);
	}

	@Test
	void onlyABookedAppointmentCanBeRescheduled() {
		UUID id = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);
		transition(id, "check-in").expectStatus().isOk();
		reschedule(id, Map.of("durationMinutes", 45), null).expectStatus().isEqualTo(409);
	}

	private RestTestClient.ResponseSpec transition(UUID id, String action) {
		return http.post()
			.uri("/api/v1/appointments/{id}/" + action, id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.exchange();
	}

	private RestTestClient.ResponseSpec cancel(UUID id, String reason) {
		return clinic.post("/api/v1/appointments/{id}/cancel", Map.of("reason", reason), id);
	}

	private RestTestClient.ResponseSpec reschedule(UUID id, Map<String, Object> change, String ifMatch) {
		RestTestClient.RequestBodySpec request = http.patch()
			.uri("/api/v1/appointments/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.contentType(MediaType.valueOf("application/merge-patch+json"));
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(change).exchange();
	}

}

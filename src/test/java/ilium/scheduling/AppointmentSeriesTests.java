package ilium.scheduling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;

import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class AppointmentSeriesTests extends BookingTestBase {

	@Test
	void booksEveryOccurrenceOnTheGivenWeekdays() {
		series(at(LocalDate.of(2027, 3, 1), "10:00"), List.of("MONDAY", "THURSDAY"), 4).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(4)
			.jsonPath("$[0].start")
			.isEqualTo("2027-03-01T18:00:00Z")
			.jsonPath("$[1].start")
			.isEqualTo("2027-03-04T18:00:00Z")
			.jsonPath("$[3].start")
			.isEqualTo("2027-03-11T18:00:00Z");
	}

	@Test
	void booksNothingWhenAnyOccurrenceConflictsAndListsTheConflicts() {
		clinic.booked(clinic.newPatient(), therapist, at(LocalDate.of(2027, 3, 8), "10:15"), 30);
		series(at(LocalDate.of(2027, 3, 1), "10:00"), List.of("MONDAY"), 3).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/appointment-conflict")
			.jsonPath("$.conflictingStarts.length()")
			.isEqualTo(1)
			.jsonPath("$.conflictingStarts[0]")
			.isEqualTo("2027-03-08T18:00:00Z");
		assertThat(jdbc.sql("select count(*) from appointment where patient_id = :p")
			.param("p", patient)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void booksNothingWhenTheTherapistIsOffForOneOccurrence() {
		clinic.timeOff(therapist, at(LocalDate.of(2027, 3, 15), "00:00"), at(LocalDate.of(2027, 3, 16), "00:00"));
		series(at(LocalDate.of(2027, 3, 1), "10:00"), List.of("MONDAY"), 4).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-time-off");
		assertThat(jdbc.sql("select count(*) from appointment where patient_id = :p")
			.param("p", patient)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void keepsNineOClockLocalAcrossTheSpringDaylightSavingChange() {
		// 2026-03-08: Los Angeles moves from UTC-8 to UTC-7.
		series(at(LocalDate.of(2026, 3, 5), "09:00"), List.of("THURSDAY"), 2).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$[0].start")
			.isEqualTo("2026-03-05T17:00:00Z")
			.jsonPath("$[1].start")
			.isEqualTo("2026-03-12T16:00:00Z");
	}

	@Test
	void keepsNineOClockLocalAcrossTheAutumnDaylightSavingChange() {
		// 2026-11-01: Los Angeles moves from UTC-7 back to UTC-8.
		series(at(LocalDate.of(2026, 10, 29), "09:00"), List.of("THURSDAY"), 2).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$[0].start")
			.isEqualTo("2026-10-29T16:00:00Z")
			.jsonPath("$[1].start")
			.isEqualTo("2026-11-05T17:00:00Z");
	}

	@Test
	void readsWorkingHoursInClinicTimeOnBothSidesOfTheChange() {
		// 08:00 local is 16:00Z before 2026-03-08 and 15:00Z after: both are inside
		// 08:00-17:00.
		clinic.book(booking(patient, therapist, java.time.Instant.parse("2026-03-06T16:00:00Z"), 30))
			.expectStatus()
			.isCreated();
		clinic.book(booking(patient, therapist, java.time.Instant.parse("2026-03-09T15:00:00Z"), 30))
			.expectStatus()
			.isCreated();
		// 07:30 local after the change (14:30Z) is before the therapist starts.
		clinic.book(booking(patient, therapist, java.time.Instant.parse("2026-03-10T14:30:00Z"), 30))
			.expectStatus()
			.isEqualTo(422);
	}

	private RestTestClient.ResponseSpec series(java.time.Instant firstStart, List<String> weekdays, int occurrences) {
		Map<String, Object> body = new HashMap<>();
		body.put("patientId", patient);
		body.put("therapistId", therapist);
		body.put("firstStart", firstStart.toString());
		body.put("durationMinutes", 45);
		body.put("type", "FOLLOW_UP");
		body.put("weekdays", weekdays);
		body.put("occurrences", occurrences);
		return clinic.post("/api/v1/appointments/series", body);
	}

}

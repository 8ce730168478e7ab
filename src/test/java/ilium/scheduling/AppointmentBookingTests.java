package ilium.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.patients.Patients;
import ilium.therapists.Therapists;

import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class AppointmentBookingTests extends BookingTestBase {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	static final String CONFLICT = "https://ilium.example/problems/appointment-conflict";

	@Autowired
	IdempotencyKeyExpiry keyExpiry;

	/** Backdates a key: the service's own role never changes one. */
	@Autowired
	DatabaseOwner owner;

	@Test
	void booksAnAppointmentWithLocationAndEnd() {
		clinic.book(booking(patient, therapist, at(MONDAY, "10:00"), 45))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("BOOKED")
			.jsonPath("$.start")
			.isEqualTo("2027-03-01T18:00:00Z")
			.jsonPath("$.end")
			.isEqualTo("2027-03-01T18:45:00Z")
			.jsonPath("$.durationMinutes")
			.isEqualTo(45)
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@Test
	void refusesAnOverlapWithTheSameTherapist() {
		clinic.booked(patient, therapist, at(MONDAY, "10:00"), 60);
		clinic.book(booking(clinic.newPatient(), therapist, at(MONDAY, "10:30"), 30))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(CONFLICT);
	}

	@Test
	void refusesAnOverlapWithTheSamePatient() {
		clinic.booked(patient, therapist, at(MONDAY, "10:00"), 60);
		clinic.book(booking(patient, clinic.newTherapist(), at(MONDAY, "10:45"), 30))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(CONFLICT);
	}

	@Test
	void allowsBackToBackAppointments() {
		clinic.booked(patient, therapist, at(MONDAY, "10:00"), 60);
		clinic.book(booking(clinic.newPatient(), therapist, at(MONDAY, "11:00"), 30)).expectStatus().isCreated();
	}

	@Test
	void refusesABookingOutsideWorkingHours() {
		clinic.book(booking(patient, therapist, at(MONDAY, "16:30"), 45))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/outside-working-hours");
	}

	@Test
	void refusesABookingDuringTimeOff() {
		clinic.timeOff(therapist, at(MONDAY, "12:00"), at(MONDAY, "14:00"));
		clinic.book(booking(patient, therapist, at(MONDAY, "13:00"), 30))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-time-off");
	}

	@Test
	void booksRightUpToAndRightAfterTimeOff() {
		clinic.timeOff(therapist, at(MONDAY, "12:00"), at(MONDAY, "14:00"));
		clinic.book(booking(patient, therapist, at(MONDAY, "11:30"), 30)).expectStatus().isCreated();
		clinic.book(booking(patient, therapist, at(MONDAY, "14:00"), 30)).expectStatus().isCreated();
	}

	@Test
	void refusesARetiredTherapistForNewBookingsAndMoves() {
		UUID retired = clinic.newTherapist();
		UUID moving = clinic.booked(patient, therapist, at(MONDAY, "10:00"), 30);
		new Therapists(jdbc).retire(retired);
		clinic.book(booking(clinic.newPatient(), retired, at(MONDAY, "10:00"), 30))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-inactive");
		http.patch()
			.uri("/api/v1/appointments/{id}", moving)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("therapistId", retired))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-inactive");
	}

	@Test
	void refusesADurationOffTheFiveMinuteGrid() {
		clinic.book(booking(patient, therapist, at(MONDAY, "10:00"), 42))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("durationMinutes");
	}

	@Test
	void refusesADurationAboveThreeHours() {
		clinic.book(booking(patient, therapist, at(MONDAY, "08:00"), 185)).expectStatus().isBadRequest();
	}

	@Test
	void refusesAnArchivedPatient() {
		http.delete()
			.uri("/api/v1/patients/{id}", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk();
		clinic.book(booking(patient, therapist, at(MONDAY, "10:00"), 30)).expectStatus().isEqualTo(422);
	}

	@Test
	void readsAnAppointmentAndAuditsItWithThePatient() {
		UUID id = clinic.booked(patient, therapist, at(MONDAY, "10:00"), 30);
		clinic.get("/api/v1/appointments/{id}", id)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.patientId")
			.isEqualTo(patient.toString());
		assertThat(jdbc.sql("""
				select action from audit_event where resource_type = 'appointment' and resource_id = :id
				   and patient_id = :patient order by id
				""").param("id", id.toString()).param("patient", patient).query(String.class).list())
			.containsExactly("CREATE", "READ");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheFirstBooking() {
		Map<String, Object> body = booking(patient, therapist, at(MONDAY, "10:00"), 30);
		String key = UUID.randomUUID().toString();
		String first = withKey(body, key).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		withKey(body, key).expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo(first);
		assertThat(appointmentsOf(patient)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyBookOnce() throws Exception {
		Map<String, Object> body = booking(patient, therapist, at(MONDAY, "10:00"), 30);
		String key = UUID.randomUUID().toString();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<EntityExchangeResult<Map>>> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			clients.add(() -> {
				start.await();
				return withKey(body, key).expectBody(Map.class).returnResult();
			});
		}
		List<EntityExchangeResult<Map>> results = race(clients, start);
		assertThat(results).allSatisfy(result -> assertThat(result.getStatus().value()).isEqualTo(201));
		assertThat(results.stream().map(result -> result.getResponseBody().get("id")).distinct()).hasSize(1);
		assertThat(appointmentsOf(patient)).isEqualTo(1);
	}

	@Test
	void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
		String key = UUID.randomUUID().toString();
		withKey(booking(patient, therapist, at(MONDAY, "10:00"), 30), key).expectStatus().isCreated();
		withKey(booking(patient, therapist, at(MONDAY, "11:00"), 30), key).expectStatus().isEqualTo(422);
	}

	@Test
	void anExpiredIdempotencyKeyIsForgottenAndItsRetryCannotDoubleBook() {
		Map<String, Object> body = booking(patient, therapist, at(MONDAY, "10:00"), 30);
		String expired = UUID.randomUUID().toString();
		String recent = UUID.randomUUID().toString();
		withKey(body, expired).expectStatus().isCreated();
		withKey(booking(patient, therapist, at(MONDAY, "11:00"), 30), recent).expectStatus().isCreated();
		owner.jdbc()
			.sql("update appointment_idempotency_key set created_at = now() - interval '25 hours' where key = :key")
			.param("key", expired)
			.update();
		keyExpiry.forgetExpiredKeys();
		assertThat(jdbc.sql("select key from appointment_idempotency_key where key in (:keys)")
			.param("keys", List.of(expired, recent))
			.query(String.class)
			.list()).containsExactly(recent);
		withKey(body, expired).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(CONFLICT);
		assertThat(appointmentsOf(patient)).isEqualTo(2);
	}

	@Test
	void ofFiftyClientsRacingForOneSlotExactlyOneBooks() throws Exception {
		Instant slot = at(MONDAY, "09:00");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Map<String, Object> body = booking(new Patients(jdbc).newPatient(), therapist, slot, 30);
			clients.add(() -> {
				start.await();
				return clinic.book(body).returnResult().getStatus().value();
			});
		}
		List<Integer> statuses = race(clients, start);
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
		assertThat(jdbc.sql("select count(*) from appointment where therapist_id = :t")
			.param("t", therapist)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTherapistMayBookButAnUnauthenticatedCallerMayNot() {
		http.post()
			.uri("/api/v1/appointments")
			.contentType(MediaType.APPLICATION_JSON)
			.body(booking(patient, therapist, at(MONDAY, "10:00"), 30))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		http.post()
			.uri("/api/v1/appointments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.therapist(therapist))
			.contentType(MediaType.APPLICATION_JSON)
			.body(booking(patient, therapist, at(MONDAY, "10:00"), 30))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	static <T> List<T> race(List<Callable<T>> clients, CountDownLatch start) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> client : clients) {
				futures.add(pool.submit(client));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

	private long appointmentsOf(UUID patientId) {
		return jdbc.sql("select count(*) from appointment where patient_id = :p")
			.param("p", patientId)
			.query(Long.class)
			.single();
	}

	private RestTestClient.ResponseSpec withKey(Map<String, Object> body, String key) {
		return http.post()
			.uri("/api/v1/appointments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}

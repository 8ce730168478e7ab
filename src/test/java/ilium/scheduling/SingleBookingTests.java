package ilium.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.audit.AuditAction;
import ilium.audit.AuditOutcome;
import ilium.audit.AuditResource;
import ilium.patients.Patients;
import ilium.shared.Problems;
import ilium.shared.Role;
import ilium.therapists.Therapists;
import tools.jackson.databind.JsonNode;

import static ilium.Clinic.ZONE;
import static ilium.Clinic.at;
import static ilium.Clinic.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single booking is judged by PostgreSQL in one call ({@link SingleBooking}); a series
 * still by the Java checks. Each refusal answers the same problem either way; the key and
 * the audit line are kept with the appointment or not at all; and of many desks racing
 * for one slot exactly one books.
 */
@HttpTest
class SingleBookingTests extends BookingTestBase {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	static final String CONFLICT = Problems.BASE + "appointment-conflict";

	@Test
	void anUnknownPatientIsRefusedAsInASeries() {
		refusedAlikeSingleAndInSeries(UUID.randomUUID(), therapist, at(MONDAY, "10:00"), 404, "not-found");
	}

	@Test
	void anArchivedPatientIsRefusedAsInASeries() {
		new Patients(jdbc).archive(patient);
		refusedAlikeSingleAndInSeries(patient, therapist, at(MONDAY, "10:00"), 422, "patient-archived");
	}

	@Test
	void anUnknownTherapistIsRefusedAsInASeries() {
		refusedAlikeSingleAndInSeries(patient, UUID.randomUUID(), at(MONDAY, "10:00"), 404, "not-found");
	}

	@Test
	void aRetiredTherapistIsRefusedAsInASeries() {
		new Therapists(jdbc).retire(therapist);
		refusedAlikeSingleAndInSeries(patient, therapist, at(MONDAY, "10:00"), 422, "therapist-inactive");
	}

	@Test
	void aSlotOutsideWorkingHoursIsRefusedAsInASeries() {
		refusedAlikeSingleAndInSeries(patient, therapist, at(MONDAY, "16:45"), 422, "outside-working-hours");
	}

	@Test
	void aSlotInTimeOffIsRefusedAsInASeries() {
		clinic.timeOff(therapist, at(MONDAY, "12:00"), at(MONDAY, "14:00"));
		refusedAlikeSingleAndInSeries(patient, therapist, at(MONDAY, "13:45"), 422, "therapist-time-off");
	}

	@Test
	void aKeyReusedForAnotherRequestIsRefusedAsInASeries() {
		String key = UUID.randomUUID().toString();
		String seriesKey = UUID.randomUUID().toString();
		withKey("/api/v1/appointments", booking(patient, therapist, at(MONDAY, "09:00"), 30), key).expectStatus()
			.isCreated();
		withKey("/api/v1/appointments/series", seriesOfOne(patient, therapist, at(MONDAY, "10:00")), seriesKey)
			.expectStatus()
			.isCreated();
		JsonNode single = problem(
				withKey("/api/v1/appointments", booking(patient, therapist, at(MONDAY, "11:00"), 30), key), 422);
		JsonNode series = problem(
				withKey("/api/v1/appointments/series", seriesOfOne(patient, therapist, at(MONDAY, "12:00")), seriesKey),
				422);
		assertThat(single.get("type").asString()).isEqualTo(Problems.BASE + "idempotency-key-reused");
		assertSameProblem(single, series);
	}

	@Test
	void theCreateLineNamesTheStaffMemberInTheTrailsOwnWords() {
		String username = staff.newAccount("FRONT_DESK", null);
		UUID userId = jdbc.sql("select id from staff_account where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
		JsonNode booked = http.post()
			.uri("/api/v1/appointments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.token(username, Staff.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(booking(patient, therapist, at(MONDAY, "10:00"), 30))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String id = booked.get("id").asString();
		assertThat(jdbc.sql("""
				select e.user_id, e.username, e.role, e.action, e.resource_type, e.patient_id, e.outcome,
				       e.at = a.created_at as at_booking
				  from audit_event e join appointment a on a.id::text = e.resource_id
				 where e.resource_id = :id
				""").param("id", id).query().listOfRows())
			.containsExactly(Map.of("user_id", userId, "username", username, "role", Role.FRONT_DESK.name(), "action",
					AuditAction.CREATE.name(), "resource_type", AuditResource.APPOINTMENT.word(), "patient_id", patient,
					"outcome", AuditOutcome.ALLOWED.name(), "at_booking", true));
	}

	@Test
	void aRetryIsAnsweredAndAuditedAsAReadOfTheFirstBooking() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = booking(patient, therapist, at(MONDAY, "10:00"), 30);
		String first = withKey("/api/v1/appointments", body, key).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		withKey("/api/v1/appointments", body, key).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(first);
		assertThat(jdbc.sql("select action from audit_event where resource_id = :id order by id")
			.param("id", first)
			.query(String.class)
			.list()).containsExactly(AuditAction.CREATE.name(), AuditAction.READ.name());
	}

	@Test
	void aRefusedBookingKeepsNeitherItsKeyNorAnAuditLine() {
		clinic.timeOff(therapist, at(MONDAY, "12:00"), at(MONDAY, "14:00"));
		String key = UUID.randomUUID().toString();
		problem(withKey("/api/v1/appointments", booking(patient, therapist, at(MONDAY, "13:00"), 30), key), 422);
		assertThat(keysAmong(List.of(key))).isZero();
		assertThat(createLinesOf(List.of(patient))).isZero();
		withKey("/api/v1/appointments", booking(patient, therapist, at(MONDAY, "15:00"), 30), key).expectStatus()
			.isCreated();
	}

	@Test
	void ofManyDesksRacingForOneTherapistsSlotExactlyOneBooksAndOnlyItsKeyAndLineRemain() throws Exception {
		Instant slot = at(MONDAY, "09:00");
		CountDownLatch start = new CountDownLatch(1);
		List<UUID> patients = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<Callable<JsonNode>> desks = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			UUID racer = clinic.newPatient();
			String key = UUID.randomUUID().toString();
			patients.add(racer);
			keys.add(key);
			desks.add(() -> {
				start.await();
				return withKey("/api/v1/appointments", booking(racer, therapist, slot, 30), key)
					.expectBody(JsonNode.class)
					.returnResult()
					.getResponseBody();
			});
		}
		List<JsonNode> answers = AppointmentBookingTests.race(desks, start);
		assertThat(answers).filteredOn(answer -> answer.has("id")).hasSize(1);
		assertThat(answers).filteredOn(answer -> CONFLICT.equals(answer.path("type").asString()))
			.hasSize(23)
			.allSatisfy(answer -> assertThat(answer.get("detail").asString())
				.isEqualTo("The therapist already has an appointment at this time."));
		assertThat(jdbc.sql("select count(*) from appointment where therapist_id = :t")
			.param("t", therapist)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(keysAmong(keys)).isEqualTo(1);
		assertThat(createLinesOf(patients)).isEqualTo(1);
	}

	@Test
	void ofManyDesksBookingOnePatientAtOnceExactlyOneBooks() throws Exception {
		Instant slot = at(MONDAY, "09:00");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<JsonNode>> desks = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			Map<String, Object> body = booking(patient, clinic.newTherapist(), slot, 30);
			desks.add(() -> {
				start.await();
				return clinic.book(body).expectBody(JsonNode.class).returnResult().getResponseBody();
			});
		}
		List<JsonNode> answers = AppointmentBookingTests.race(desks, start);
		assertThat(answers).filteredOn(answer -> answer.has("id")).hasSize(1);
		assertThat(answers).filteredOn(answer -> CONFLICT.equals(answer.path("type").asString()))
			.hasSize(15)
			.allSatisfy(answer -> assertThat(answer.get("detail").asString())
				.isEqualTo("The patient already has an appointment at this time."));
		assertThat(jdbc.sql("select count(*) from appointment where patient_id = :p")
			.param("p", patient)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The single booking (judged by PostgreSQL) and a series of one (judged in Java) of
	 * the same slot answer the same problem.
	 */
	private void refusedAlikeSingleAndInSeries(UUID patientId, UUID therapistId, Instant start, int status,
			String slug) {
		JsonNode single = problem(clinic.book(booking(patientId, therapistId, start, 30)), status);
		JsonNode series = problem(
				clinic.post("/api/v1/appointments/series", seriesOfOne(patientId, therapistId, start)), status);
		assertThat(single.get("type").asString()).isEqualTo(Problems.BASE + slug);
		assertSameProblem(single, series);
	}

	private static void assertSameProblem(JsonNode single, JsonNode series) {
		for (String field : List.of("type", "title", "status", "detail")) {
			assertThat(single.get(field)).as(field).isEqualTo(series.get(field));
		}
	}

	private static JsonNode problem(RestTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> seriesOfOne(UUID patientId, UUID therapistId, Instant start) {
		Map<String, Object> body = new HashMap<>();
		body.put("patientId", patientId);
		body.put("therapistId", therapistId);
		body.put("firstStart", start.toString());
		body.put("durationMinutes", 30);
		body.put("type", "FOLLOW_UP");
		body.put("weekdays", List.of(start.atZone(ZONE).getDayOfWeek()));
		body.put("occurrences", 1);
		return body;
	}

	private RestTestClient.ResponseSpec withKey(String uri, Map<String, Object> body, String key) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private long keysAmong(List<String> keys) {
		return jdbc.sql("select count(*) from appointment_idempotency_key where key in (:keys)")
			.param("keys", keys)
			.query(Long.class)
			.single();
	}

	private long createLinesOf(List<UUID> patients) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'appointment' and action = 'CREATE' and patient_id in (:patients)
				""").param("patients", patients).query(Long.class).single();
	}

}

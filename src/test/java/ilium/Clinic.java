package ilium;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.patients.Patients;
import ilium.therapists.Therapists;
import tools.jackson.databind.JsonNode;

/**
 * Arranges front-desk scenes for tests: bookings over HTTP with a front-desk token,
 * appointment bodies, clinic-local times; patients and therapists with working hours come
 * from their modules' fixtures ({@link Patients}, {@link Therapists}). Every row is new
 * and unique.
 */
public final class Clinic {

	public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	private final RestTestClient http;

	private final JdbcClient jdbc;

	private final String token;

	public Clinic(RestTestClient http, JdbcClient jdbc, Staff staff) {
		this.http = http;
		this.jdbc = jdbc;
		this.token = staff.frontDesk();
	}

	/** A front-desk token. */
	public String token() {
		return token;
	}

	/** A new patient ({@link Patients}). */
	public UUID newPatient() {
		return new Patients(jdbc).newPatient();
	}

	/** A new therapist working every day of the week from 08:00 to 17:00 clinic time. */
	public UUID newTherapist() {
		return new Therapists(jdbc).newTherapistWorkingEveryDay();
	}

	/** The moment of a clinic-local date and time. */
	public static Instant at(LocalDate date, String time) {
		return date.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
	}

	/** A body for {@code POST /api/v1/appointments}. */
	public static Map<String, Object> booking(UUID patientId, UUID therapistId, Instant start, int minutes) {
		Map<String, Object> body = new HashMap<>();
		body.put("patientId", patientId);
		body.put("therapistId", therapistId);
		body.put("start", start.toString());
		body.put("durationMinutes", minutes);
		body.put("type", "FOLLOW_UP");
		return body;
	}

	/** Books through the API and answers the response. */
	public RestTestClient.ResponseSpec book(Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/appointments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/** Books and answers the new appointment's id. */
	public UUID booked(UUID patientId, UUID therapistId, Instant start, int minutes) {
		JsonNode created = book(booking(patientId, therapistId, start, minutes)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").asString());
	}

	/** Time off for the therapist over {@code [start, end)} ({@link Therapists}). */
	public void timeOff(UUID therapistId, Instant start, Instant end) {
		new Therapists(jdbc).timeOff(therapistId, start, end);
	}

	/** Posts to a path with the front-desk token. */
	public RestTestClient.ResponseSpec post(String uri, Object body, Object... variables) {
		return http.post()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/** Gets a path with the front-desk token. */
	public RestTestClient.ResponseSpec get(String uri, Object... variables) {
		return http.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}

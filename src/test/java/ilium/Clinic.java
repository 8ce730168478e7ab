package ilium;

import java.time.DayOfWeek;
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

import tools.jackson.databind.JsonNode;

/**
 * Arranges front-desk scenes for tests: patients registered through the API, therapists
 * with working hours, appointment bodies, clinic-local times. Every row is new and
 * unique.
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

	/** A newly registered patient with a unique name. */
	public UUID newPatient() {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Pat-" + UUID.randomUUID());
		body.put("lastName", "Tester");
		body.put("dateOfBirth", "1980-05-17");
		JsonNode created = http.post()
			.uri("/api/v1/patients")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").asString());
	}

	/** A new therapist working every day of the week from 08:00 to 17:00 clinic time. */
	public UUID newTherapist() {
		UUID therapistId = UUID.randomUUID();
		jdbc.sql("""
				insert into therapist (id, first_name, last_name, license_number)
				values (:id, 'Test', 'Therapist', :license)
				""").param("id", therapistId).param("license", "LIC-" + therapistId).update();
		for (DayOfWeek day : DayOfWeek.values()) {
			jdbc.sql("""
					insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
					values (:id, :day, time '08:00', time '17:00')
					""").param("id", therapistId).param("day", day.getValue()).update();
		}
		return therapistId;
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

	/** Posts to a path with the front-desk token. */
	/** Time off for the therapist over {@code [start, end)}, straight into the table. */
	public void timeOff(UUID therapistId, Instant start, Instant end) {
		jdbc.sql("""
				insert into therapist_time_off (id, therapist_id, starts_at, ends_at, created_at)
				values (gen_random_uuid(), :therapist, :start, :end, now())
				""")
			.param("therapist", therapistId)
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(end))
			.update();
	}

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

package ilium.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

import static ilium.Clinic.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the front desk books from a therapist's free times and moves an
 * appointment to one. The times are the API's availability; a booking or move the API
 * refuses (a double booking) is said in words and books nothing.
 */
@HttpTest
class BookingPageTests {

	static final LocalDate FUTURE = LocalDate.of(2027, 3, 2);

	static final Pattern START = Pattern.compile("name=\"start\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	Clinic clinic;

	UUID therapist;

	UUID patient;

	PageVisitor desk;

	String slots;

	@BeforeEach
	void signIn() {
		clinic = new Clinic(http, jdbc, staff);
		therapist = clinic.newTherapist();
		patient = clinic.newPatient();
		desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		slots = "/app/schedule/book?therapistId=" + therapist + "&date=" + FUTURE + "&duration=45";
	}

	@Test
	void offersTheFreeTimesTheApiOffers() {
		clinic.booked(clinic.newPatient(), therapist, at(FUTURE, "10:00"), 45);
		JsonNode free = clinic
			.get("/api/v1/therapists/{id}/availability?from={d}&to={d}&durationMinutes=45", therapist, FUTURE, FUTURE)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		String page = desk.get(slots).body();

		Matcher offered = START.matcher(page);
		int count = 0;
		while (offered.find()) {
			assertThat(Instant.parse(offered.group(1)))
				.isEqualTo(Instant.parse(free.get(count).get("start").asString()));
			count++;
		}
		assertThat(count).isEqualTo(free.size()).isGreaterThan(0);
		assertThat(page).doesNotContain("value=\"" + at(FUTURE, "10:00") + "\"");
	}

	@Test
	void findsThePatientAndBooksAFreeTime() {
		String lastName = jdbc.sql("select last_name from patient where id = :id")
			.param("id", patient)
			.query(String.class)
			.single();
		String page = desk.get(slots + "&q=" + lastName).body();
		assertThat(page).contains("value=\"" + patient + "\"");

		HttpResponse<String> booked = desk.submit("/app/schedule/book",
				Map.of("therapistId", therapist.toString(), "date", FUTURE.toString(), "duration", "45", "patientId",
						patient.toString(), "start", at(FUTURE, "11:15").toString(), "type", "FOLLOW_UP"));

		assertThat(booked.statusCode()).isEqualTo(302);
		assertThat(appointmentsOf(patient)).singleElement()
			.satisfies(a -> assertThat(a.get("start").asString()).isEqualTo(at(FUTURE, "11:15").toString()));
		assertThat(desk.get("/app/schedule?date=" + FUTURE + "&therapistId=" + therapist).body())
			.contains("Booked at 11:15.");
	}

	@Test
	void aDoubleBookingIsRefusedInWordsAndBooksNothing() {
		clinic.booked(clinic.newPatient(), therapist, at(FUTURE, "09:00"), 45);
		desk.get(slots);

		HttpResponse<String> refused = desk.submit("/app/schedule/book",
				Map.of("therapistId", therapist.toString(), "date", FUTURE.toString(), "duration", "45", "patientId",
						patient.toString(), "start", at(FUTURE, "09:15").toString(), "type", "FOLLOW_UP"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("id=\"refusal\"").contains("role=\"alert\"");
		assertThat(appointmentsOf(patient)).isEmpty();
	}

	@Test
	void movesAnAppointmentToAFreeTime() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "09:00"), 45);
		JsonNode before = appointmentsOf(patient).get(0);
		assertThat(desk.get("/app/schedule?date=" + FUTURE + "&therapistId=" + therapist).body())
			.contains("move=" + appointment);
		desk.get(slots + "&move=" + appointment);

		HttpResponse<String> moved = desk.submit("/app/schedule/" + appointment + "/move",
				Map.of("therapistId", therapist.toString(), "date", FUTURE.toString(), "duration", "45", "version",
						before.get("version").asString(), "start", at(FUTURE, "14:00").toString()));

		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(appointmentsOf(patient).get(0).get("start").asString()).isEqualTo(at(FUTURE, "14:00").toString());
	}

	@Test
	void aBookingWithoutItsCsrfTokenBooksNothing() {
		HttpResponse<String> refused = desk.post("/app/schedule/book",
				Map.of("therapistId", therapist.toString(), "date", FUTURE.toString(), "duration", "45", "patientId",
						patient.toString(), "start", at(FUTURE, "11:15").toString()));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(appointmentsOf(patient)).isEmpty();
	}

	private java.util.List<JsonNode> appointmentsOf(UUID patientId) {
		JsonNode page = clinic.get("/api/v1/appointments?patientId={p}&from={d}&to={d}", patientId, FUTURE, FUTURE)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		java.util.List<JsonNode> found = new java.util.ArrayList<>();
		page.get("content").forEach(a -> {
			if (!"CANCELLED".equals(a.get("status").asString())) {
				found.add(a);
			}
		});
		return found;
	}

}

package ilium.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the admin sets therapists' working hours and plans their time off from
 * {@code /app/admin/therapists}; what the page saves is what the API answers, and time
 * off takes its time out of the free slots at once.
 */
@HttpTest
class TherapistsPageTests {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

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

	PageVisitor admin;

	String page;

	@BeforeEach
	void signIn() {
		clinic = new Clinic(http, jdbc, staff);
		therapist = clinic.newTherapist();
		admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);
		page = "/app/admin/therapists?therapistId=" + therapist;
	}

	@Test
	void hoursSavedOnThePageAreTheHoursTheApiAnswers() {
		admin.get(page);
		Map<String, String> form = new HashMap<>();
		form.put("MONDAY-start", "09:00");
		form.put("MONDAY-end", "13:00");
		form.put("THURSDAY-start", "12:00");
		form.put("THURSDAY-end", "18:30");

		HttpResponse<String> saved = admin.submit("/app/admin/therapists/" + therapist + "/hours", form);

		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode hours = clinic.get("/api/v1/therapists/{id}/working-hours", therapist)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(hours.toString()).isEqualTo(
				"[{\"dayOfWeek\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"13:00\"},{\"dayOfWeek\":\"THURSDAY\",\"start\":\"12:00\",\"end\":\"18:30\"}]");
	}

	@Test
	void hoursTheApiRefusesAreSaidInWordsAndChangeNothing() {
		String before = clinic.get("/api/v1/therapists/{id}/working-hours", therapist)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		admin.get(page);

		HttpResponse<String> refused = admin.submit("/app/admin/therapists/" + therapist + "/hours",
				Map.of("MONDAY-start", "17:00", "MONDAY-end", "09:00"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"refusal\"");
		assertThat(clinic.get("/api/v1/therapists/{id}/working-hours", therapist)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).isEqualTo(before);
	}

	@Test
	void timeOffPlannedOnThePageTakesItsSlotsAndCancellingFreesThem() {
		admin.get(page);

		HttpResponse<String> planned = admin.submit("/app/admin/therapists/" + therapist + "/time-off",
				Map.of("start", MONDAY + "T08:00", "end", MONDAY + "T12:00", "reason", "Course"));

		assertThat(planned.statusCode()).isEqualTo(302);
		assertThat(freeAt("08:00")).isFalse();
		assertThat(freeAt("13:00")).isTrue();
		String listed = admin.get(page).body();
		assertThat(listed).contains("Course").contains(MONDAY + " 08:00");
		java.util.regex.Matcher cancel = java.util.regex.Pattern.compile("time-off/([0-9a-f-]{36})/cancel")
			.matcher(listed);
		assertThat(cancel.find()).isTrue();

		admin.submit("/app/admin/therapists/" + therapist + "/time-off/" + cancel.group(1) + "/cancel", Map.of());

		assertThat(freeAt("08:00")).isTrue();
	}

	@Test
	void isTheAdminsOnlyAndNeedsItsCsrfToken() {
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		PageVisitor therapistPages = new PageVisitor(port);
		therapistPages.signIn(staff.newAccount("THERAPIST", clinic.newTherapist()), Staff.PASSWORD);

		assertThat(desk.get(page).statusCode()).isEqualTo(403);
		assertThat(therapistPages.get(page).statusCode()).isEqualTo(403);
		assertThat(admin
			.post("/app/admin/therapists/" + therapist + "/time-off",
					Map.of("start", MONDAY + "T08:00", "end", MONDAY + "T12:00"))
			.statusCode()).isEqualTo(403);
		assertThat(freeAt("08:00")).isTrue();
	}

	private boolean freeAt(String time) {
		JsonNode free = clinic
			.get("/api/v1/therapists/{id}/availability?from={d}&to={d}&durationMinutes=30", therapist, MONDAY, MONDAY)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String start = Clinic.at(MONDAY, time).toString();
		for (JsonNode slot : free) {
			if (java.time.Instant.parse(slot.get("start").asString()).toString().equals(start)) {
				return true;
			}
		}
		return false;
	}

}

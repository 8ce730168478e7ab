package ilium.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
 * WEB.md, Routes: the front desk's day at {@code /app/schedule}: the appointments of a
 * day per therapist from the appointment book, check in, no-show and cancel as forms, and
 * every refusal said in words on the page.
 */
@HttpTest
class SchedulePageTests {

	static final LocalDate FUTURE = LocalDate.of(2027, 3, 1);

	static final LocalDate PAST = ZonedDateTime.now(Clinic.ZONE).toLocalDate().minusDays(3);

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

	String username;

	PageVisitor desk;

	@BeforeEach
	void signIn() {
		clinic = new Clinic(http, jdbc, staff);
		therapist = clinic.newTherapist();
		patient = clinic.newPatient();
		username = staff.newAccount("FRONT_DESK", null);
		desk = new PageVisitor(port);
		desk.signIn(username, Staff.PASSWORD);
	}

	@Test
	void sendsTheFrontDeskHomeToTodaysSchedule() {
		HttpResponse<String> home = desk.get("/app");
		HttpResponse<String> today = desk.get("/app/schedule");

		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/schedule"));
		assertThat(today.statusCode()).isEqualTo(200);
		assertThat(today.body()).contains("value=\"" + ZonedDateTime.now(Clinic.ZONE).toLocalDate() + "\"");
	}

	@Test
	void showsATherapistsDayWithThePatientsNamedAndAuditsEachAppointmentListedAndEachPatientNamed() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);

		HttpResponse<String> day = desk.get(day(FUTURE));

		assertThat(day.statusCode()).isEqualTo(200);
		assertThat(day.body()).contains("Tester-" + patient)
			.contains("10:00–10:30")
			.contains("/app/schedule/" + appointment + "/check-in")
			.contains("<label for=\"reason-" + appointment + "\">");
		assertThat(audited("appointment", appointment)).containsExactly("LIST");
		assertThat(audited("patient", patient)).containsExactly("READ");
	}

	@Test
	void checksThePatientInAndSaysSo() {
		UUID appointment = clinic.booked(patient, therapist, at(PAST, "10:00"), 30);

		HttpResponse<String> done = move(appointment, PAST, "check-in", Map.of());

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(day(PAST)));
		assertThat(desk.get(day(PAST)).body()).contains("The 10:00 appointment is checked in.").contains("Checked in");
		assertThat(status(appointment)).isEqualTo("CHECKED_IN");
	}

	@Test
	void saysInWordsWhyANoShowBeforeTheStartIsRefused() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "10:00"), 30);

		HttpResponse<String> refused = move(appointment, FUTURE, "no-show", Map.of());

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"refusal-" + appointment + "\"")
			.contains("A patient can only be marked as a no-show once the appointment has started.");
		assertThat(status(appointment)).isEqualTo("BOOKED");
	}

	@Test
	void refusesAMoveMadeFromAPageOlderThanTheAppointment() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "11:00"), 30);
		String stalePage = desk.get(day(FUTURE)).body();
		clinic.post("/api/v1/appointments/{id}/cancel", Map.of("reason", "Patient phoned"), appointment)
			.expectStatus()
			.isOk();

		HttpResponse<String> refused = desk.submit("/app/schedule/" + appointment + "/check-in", Map.of("date",
				FUTURE.toString(), "therapistId", therapist.toString(), "version", version(stalePage, appointment)));

		assertThat(refused.statusCode()).isEqualTo(412);
		assertThat(refused.body()).contains("id=\"refusal-" + appointment + "\"").contains("Cancelled");
		assertThat(status(appointment)).isEqualTo("CANCELLED");
	}

	@Test
	void asksForTheReasonNextToItsFieldWhenACancellationHasNone() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "12:00"), 30);

		HttpResponse<String> refused = move(appointment, FUTURE, "cancel", Map.of("reason", "  "));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("aria-describedby=\"reason-error-" + appointment + "\"")
			.contains("id=\"reason-error-" + appointment + "\"")
			.contains("Give the reason for the cancellation");
		assertThat(status(appointment)).isEqualTo("BOOKED");
	}

	@Test
	void cancelsWithTheReasonGiven() {
		UUID appointment = clinic.booked(patient, therapist, at(FUTURE, "13:00"), 30);

		HttpResponse<String> done = move(appointment, FUTURE, "cancel", Map.of("reason", "Patient has the flu"));

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(status(appointment)).isEqualTo("CANCELLED");
		assertThat(clinic.get("/api/v1/appointments/{id}", appointment)
			.expectBody()
			.jsonPath("$.cancellationReason")
			.isEqualTo("Patient has the flu"));
	}

	@Test
	void refusesAMovePostedWithoutTheFormsCsrfToken() {
		UUID appointment = clinic.booked(patient, therapist, at(PAST, "14:00"), 30);

		HttpResponse<String> refused = desk.post("/app/schedule/" + appointment + "/check-in",
				Map.of("date", PAST.toString(), "version", "0"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(status(appointment)).isEqualTo("BOOKED");
	}

	@Test
	void answersAnAddressItCannotReadWithAPageInWords() {
		HttpResponse<String> refused = desk.get("/app/schedule?therapistId=not-a-therapist");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("cannot read").doesNotContain("Exception");
	}

	private String day(LocalDate date) {
		return "/app/schedule?date=" + date + "&therapistId=" + therapist;
	}

	/** Opens the day, then posts the appointment's form from it, as the desk would. */
	private HttpResponse<String> move(UUID appointment, LocalDate date, String action, Map<String, String> fields) {
		String page = desk.get(day(date)).body();
		Map<String, String> form = new java.util.HashMap<>(fields);
		form.put("date", date.toString());
		form.put("therapistId", therapist.toString());
		form.put("version", version(page, appointment));
		return desk.submit("/app/schedule/" + appointment + "/" + action, form);
	}

	private static String version(String page, UUID appointment) {
		Matcher version = Pattern
			.compile("/app/schedule/" + appointment + "/check-in\"[^>]*>.*?name=\"version\" value=\"(\\d+)\"",
					Pattern.DOTALL)
			.matcher(page);
		assertThat(version.find()).as("a check-in form for " + appointment).isTrue();
		return version.group(1);
	}

	private String status(UUID appointment) {
		return clinic.get("/api/v1/appointments/{id}", appointment)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("status")
			.asString();
	}

	private java.util.List<String> audited(String resourceType, UUID id) {
		return jdbc.sql("""
				select action from audit_event
				 where username = :username and resource_type = :resourceType and resource_id = :id
				 order by id
				""")
			.param("username", username)
			.param("resourceType", resourceType)
			.param("id", id.toString())
			.query(String.class)
			.list();
	}

}

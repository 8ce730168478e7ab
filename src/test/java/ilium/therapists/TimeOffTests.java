package ilium.therapists;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * API.md, Therapists: time off is bounded (no entry makes a therapist unbookable for
 * good), listed by clinic-local dates, and cancelled rather than deleted.
 */
@HttpTest
class TimeOffTests {

	private static final Instant NOW = Instant.now();

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsTimeOffAndListsItByClinicDates() {
		UUID therapist = staff.newTherapist().therapistId();
		String frontDesk = staff.frontDesk();
		post("/api/v1/therapists/{id}/time-off", frontDesk,
				Map.of("start", "2027-02-01T16:00:00Z", "end", "2027-02-02T01:00:00Z", "reason", "Course"), therapist)
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/therapists/" + therapist + "/time-off/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.start")
			.isEqualTo("2027-02-01T16:00:00Z")
			.jsonPath("$.end")
			.isEqualTo("2027-02-02T01:00:00Z")
			.jsonPath("$.cancelled")
			.isEqualTo(false);

		// 2027-02-01 17:00 in Los Angeles is 2027-02-02T01:00Z: the time off ends on the
		// 1st there.
		list(therapist, "2027-02-01", "2027-02-01").jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].reason")
			.isEqualTo("Course")
			.jsonPath("$.page.totalElements")
			.isEqualTo(1);
		list(therapist, "2027-02-02", "2027-02-10").jsonPath("$.content.length()").isEqualTo(0);
	}

	@Test
	void timeOffFromYearMinus4000ToYear200000IsRefused() {
		UUID therapist = staff.newTherapist().therapistId();
		post("/api/v1/therapists/{id}/time-off", staff.admin(),
				"{\"start\":\"-4000-01-01T00:00:00Z\",\"end\":\"+200000-01-01T00:00:00Z\"}", therapist)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("start");
		assertThat(jdbc.sql("select count(*) from therapist_time_off where therapist_id = :id")
			.param("id", therapist)
			.query(Long.class)
			.single()).isZero();
	}

	/** Days from now of start and end, and the field a refusal names. */
	@ParameterizedTest
	@CsvSource({ "10, 10, end", "10, 377, end", "-367, -360, start", "732, 733, start" })
	void refusesTimeOffOutsideItsBounds(int startDays, int endDays, String field) {
		UUID therapist = staff.newTherapist().therapistId();
		post("/api/v1/therapists/{id}/time-off", staff.admin(),
				Map.of("start", NOW.plus(Duration.ofDays(startDays)), "end", NOW.plus(Duration.ofDays(endDays))),
				therapist)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@Test
	void acceptsTimeOffAtItsBounds() {
		UUID therapist = staff.newTherapist().therapistId();
		Instant start = NOW.plus(Duration.ofDays(700));
		post("/api/v1/therapists/{id}/time-off", staff.admin(),
				Map.of("start", start, "end", start.plus(Duration.ofDays(366))), therapist)
			.expectStatus()
			.isCreated();
		post("/api/v1/therapists/{id}/time-off", staff.admin(),
				Map.of("start", NOW.minus(Duration.ofDays(360)), "end", NOW.minus(Duration.ofDays(359))), therapist)
			.expectStatus()
			.isCreated();
	}

	@Test
	void postgresqlHoldsTheBoundsToo() {
		UUID therapist = staff.newTherapist().therapistId();
		assertThat(refusedInsert(therapist, NOW, NOW.plus(Duration.ofDays(367))))
			.isEqualTo("therapist_time_off_at_most_366_days");
		assertThat(refusedInsert(therapist, NOW.plus(Duration.ofDays(800)), NOW.plus(Duration.ofDays(801))))
			.isEqualTo("therapist_time_off_starts_near_recording");
	}

	@Test
	void cancellingKeepsTheTimeOffAndASecondCancellationConflicts() {
		UUID therapist = staff.newTherapist().therapistId();
		String frontDesk = staff.frontDesk();
		String id = created(therapist, frontDesk);
		post("/api/v1/therapists/{id}/time-off/{tid}/cancel", frontDesk, Map.of(), therapist, id).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.cancelled")
			.isEqualTo(true);
		post("/api/v1/therapists/{id}/time-off/{tid}/cancel", staff.admin(), Map.of(), therapist, id).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/time-off-cancelled");
		list(therapist, "2027-02-01", "2027-02-01").jsonPath("$.content[0].id")
			.isEqualTo(id)
			.jsonPath("$.content[0].cancelled")
			.isEqualTo(true);
	}

	@Test
	void onlyTheDeskAndAdminsCancelAndUnknownTimeOffIsNotFound() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		String id = created(therapist.therapistId(), staff.admin());
		post("/api/v1/therapists/{id}/time-off/{tid}/cancel", therapist.token(), Map.of(), therapist.therapistId(), id)
			.expectStatus()
			.isForbidden();
		post("/api/v1/therapists/{id}/time-off/{tid}/cancel", staff.admin(), Map.of(), therapist.therapistId(),
				UUID.randomUUID())
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aListNeedsAnOrderedRangeOfAtMostAYear() {
		UUID therapist = staff.newTherapist().therapistId();
		get("/api/v1/therapists/{id}/time-off?from=2027-02-02&to=2027-02-01", therapist).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		get("/api/v1/therapists/{id}/time-off?from=2027-01-01&to=2028-01-02", therapist).expectStatus().isBadRequest();
		get("/api/v1/therapists/{id}/time-off?from=2028-01-01&to=2028-12-31", therapist).expectStatus().isOk();
		get("/api/v1/therapists/{id}/time-off?to=2027-02-01", therapist).expectStatus().isBadRequest();
	}

	private String created(UUID therapist, String token) {
		JsonNode created = post("/api/v1/therapists/{id}/time-off", token,
				Map.of("start", "2027-02-01T16:00:00Z", "end", "2027-02-01T20:00:00Z"), therapist)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return created.get("id").asString();
	}

	private String refusedInsert(UUID therapist, Instant start, Instant end) {
		DataIntegrityViolationException refused = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> jdbc.sql("""
						insert into therapist_time_off (id, therapist_id, starts_at, ends_at, created_at)
						values (gen_random_uuid(), :therapist, :start, :end, now())
						""")
					.param("therapist", therapist)
					.param("start", Timestamp.from(start))
					.param("end", Timestamp.from(end))
					.update());
		return DatabaseConstraint.violatedBy(refused).orElseThrow();
	}

	private RestTestClient.BodyContentSpec list(UUID therapist, String from, String to) {
		return get("/api/v1/therapists/{id}/time-off?from={from}&to={to}", therapist, from, to).expectStatus()
			.isOk()
			.expectBody();
	}

	private RestTestClient.ResponseSpec get(String uri, Object... variables) {
		return http.get()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange();
	}

	private RestTestClient.ResponseSpec post(String uri, String token, Object body, Object... variables) {
		return http.post()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}

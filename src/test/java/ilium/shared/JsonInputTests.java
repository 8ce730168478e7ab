package ilium.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Conventions: JSON that says one thing twice, text that cannot be stored as it
 * was sent, and dates outside the years 1900..2100 are refused with 400 (naming the field
 * where there is one), before any other rule looks at the request.
 */
@HttpTest
class JsonInputTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Test
	void aDuplicatedKeyIsABadRequest() {
		String body = """
				{"firstName":"Ana","lastName":"Duplicate","dateOfBirth":"1980-01-01","lastName":"Other"}""";
		problem(post("/api/v1/patients", body), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ana\\ud800", "\\udc00Ana", "A\\ud800\\ud800na" })
	void anUnpairedSurrogateIsABadRequestNamingTheField(String firstName) {
		String body = """
				{"firstName":"%s","lastName":"Surrogate","dateOfBirth":"1980-01-01"}""".formatted(firstName);
		String problem = problem(post("/api/v1/patients", body), 400);
		assertThat(problem).contains("\"field\":\"firstName\"").contains("unpaired surrogates");
	}

	@Test
	void aPairedSurrogateIsText() {
		String body = """
				{"start":"2027-02-01T16:00:00Z","end":"2027-02-02T01:00:00Z","reason":"Course \\ud83c\\udfd4"}""";
		http.post()
			.uri("/api/v1/therapists/{id}/time-off", staff.newTherapist().therapistId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("Course \ud83c\udfd4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-03-01T17:00:00Z", "+10000-03-01T17:00:00Z", "1899-12-31T23:59:59Z",
			"2101-01-01T00:00:00Z" })
	void aBookingOutsideTheSupportedYearsIsABadRequestBeforeAnythingElse(String start) {
		// Neither patient nor therapist exists: the date is refused first.
		assertThat(problem(post("/api/v1/appointments", booking(start)), 400)).contains("\"field\":\"start\"")
			.contains("between the years 1900 and 2100");
	}

	@Test
	void aBookingInTheLastYearJavaKnowsIsABadRequestNotAFailure() {
		assertThat(problem(post("/api/v1/appointments", booking("+1000000000-01-01T00:00:00Z")), 400))
			.contains("\"field\":\"start\"");
	}

	@Test
	void aSeriesOutsideTheSupportedYearsIsABadRequest() {
		String body = """
				{"patientId":"%s","therapistId":"%s","firstStart":"+10000-03-01T17:00:00Z","durationMinutes":30,
				 "type":"FOLLOW_UP","weekdays":["MONDAY"],"occurrences":2}""".formatted(UUID.randomUUID(),
				UUID.randomUUID());
		assertThat(problem(post("/api/v1/appointments/series", body), 400)).contains("\"field\":\"firstStart\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "1899-12-31", "+10000-01-01" })
	void aDateOfBirthOutsideTheSupportedYearsIsABadRequest(String dateOfBirth) {
		String body = """
				{"firstName":"Ana","lastName":"Old-%s","dateOfBirth":"%s"}""".formatted(UUID.randomUUID(), dateOfBirth);
		assertThat(problem(post("/api/v1/patients", body), 400)).contains("\"field\":\"dateOfBirth\"");
	}

	@Test
	void aMergePatchOutsideTheSupportedYearsIsABadRequest() {
		String created = post("/api/v1/patients", """
				{"firstName":"Ana","lastName":"Patch-%s","dateOfBirth":"1980-01-01"}""".formatted(UUID.randomUUID()))
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String id = created.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		String problem = problem(http.patch()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"dateOfBirth\":\"1899-12-31\"}")
			.exchange(), 400);
		assertThat(problem).contains("\"field\":\"dateOfBirth\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/appointments?from=0001-01-01&to=2026-01-02|from",
			"/api/v1/reports/clinic-summary?from=1899-12-31&to=1900-01-01|from",
			"/api/v1/audit-events?from=2101-01-01|from",
			"/api/v1/therapists/00000000-0000-4000-a000-000000000001/availability?from=0001-01-01&to=0001-01-02&durationMinutes=30|from" })
	void aQueryDateOutsideTheSupportedYearsIsABadRequestNamingIt(String uriAndField) {
		String[] parts = uriAndField.split("\\|");
		String problem = problem(
				http.get().uri(parts[0]).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin()).exchange(), 400);
		assertThat(problem).contains("\"field\":\"" + parts[1] + "\"").contains("between the years 1900 and 2100");
	}

	@Test
	void aQueryDateBeyondYear9999IsABadRequestNamingIt() {
		String problem = problem(http.get()
			.uri("/api/v1/appointments?from={from}&to={to}", "2100-12-31", "+10000-01-01")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange(), 400);
		assertThat(problem).contains("\"field\":\"to\"").contains("between the years 1900 and 2100");
	}

	private static String booking(String start) {
		return """
				{"patientId":"%s","therapistId":"%s","start":"%s","durationMinutes":30,"type":"FOLLOW_UP"}"""
			.formatted(UUID.randomUUID(), UUID.randomUUID(), start);
	}

	private RestTestClient.ResponseSpec post(String uri, String json) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private static String problem(RestTestClient.ResponseSpec response, int status) {
		byte[] body = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

}

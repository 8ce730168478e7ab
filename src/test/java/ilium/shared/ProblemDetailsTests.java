package ilium.shared;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's problem answers (API.md, Errors), with the staff-account endpoints as
 * the vehicle: every refusal is problem+json and names what was wrong, and none carries a
 * stack trace or a class name.
 */
@HttpTest
class ProblemDetailsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@LocalServerPort
	int port;

	@Test
	void malformedJsonIsABadRequest() {
		String body = problem(createUser("{\"username\": \"x\", ", MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("/problems/malformed-request");
	}

	@Test
	void anUnknownFieldIsABadRequestNamingIt() {
		String body = problem(createUser(user("\"surname\":\"Okafor\""), MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("\"field\":\"surname\"").contains("is not a known field");
	}

	@Test
	void aWrongTypeIsABadRequestNamingTheField() {
		String body = problem(createUser("""
				{"username":"someone","password":"a-long-enough-password","role":"JANITOR"}""",
				MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("\"field\":\"role\"");
	}

	/**
	 * Never converted: 30.5 minutes is not 30, "30" is text, 1 is not yes, 5 is not a
	 * note.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			durationMinutes | 30.5
			durationMinutes | "30"
			durationMinutes | true
			note            | 5
			type            | 1
			""")
	void aValueOfTheWrongJsonTypeIsRefusedNotConverted(String field, String value) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("patientId",
				"\"" + java.util.UUID.randomUUID() + "\"", "therapistId", "\"" + java.util.UUID.randomUUID() + "\"",
				"start", "\"2027-03-01T18:00:00Z\"", "durationMinutes", "30", "type", "\"FOLLOW_UP\""));
		fields.put(field, value);
		String json = fields.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
		String body = problem(http.post()
			.uri("/api/v1/appointments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange(), 400);
		assertThat(body).contains("\"field\":\"" + field + "\"");
	}

	@Test
	void aNumberIsNotYesOrNo() {
		String body = problem(http.patch()
			.uri("/api/v1/users/{id}", java.util.UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"active\":1}")
			.exchange(), 400);
		assertThat(body).contains("\"field\":\"active\"");
	}

	@Test
	void aNulCharacterIsABadRequestNamingTheField() {
		String body = problem(createUser("""
				{"username":"some\\u0000one","password":"a-long-enough-password","role":"ADMIN"}""",
				MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("\"field\":\"username\"").contains("NUL");
	}

	@Test
	void validationErrorsListEachFieldWithAMessage() {
		String body = problem(createUser("""
				{"username":" ","password":"short","role":"ADMIN"}""", MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("\"errors\":[")
			.contains("\"field\":\"username\"")
			.contains("\"field\":\"password\"")
			.contains("\"message\":");
	}

	@Test
	void aPasswordTooLongForBcryptIsABadRequestNotAFailure() {
		String body = problem(createUser("""
				{"username":"long-%d","password":"%s","role":"ADMIN"}""".formatted(System.nanoTime(), "p".repeat(100)),
				MediaType.APPLICATION_JSON), 400);
		assertThat(body).contains("\"field\":\"password\"");
	}

	@Test
	void signingInWithAPasswordTooLongForBcryptIsWrongCredentials() {
		problem(http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", Staff.ADMIN_USERNAME, "password", "p".repeat(150)))
			.exchange(), 401);
	}

	@Test
	void aWrongContentTypeIsUnsupportedMediaType() {
		problem(createUser("username=x", MediaType.APPLICATION_FORM_URLENCODED), 415);
	}

	@Test
	void aWrongMethodIsMethodNotAllowed() {
		problem(http.put()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange(), 405);
	}

	@Test
	void anUnknownPathIsNotFound() {
		problem(http.get()
			.uri("/api/v1/no-such-things")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange(), 404);
	}

	@Test
	void aPathTheFirewallRejectsIsAProblemToo() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/users;x=%2e%2e"))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
				.hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception", "trace");
		}
	}

	@Test
	void aWrongAcceptIsNotAcceptable() {
		http.get()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.APPLICATION_XML)
			.exchange()
			.expectStatus()
			.isEqualTo(406);
	}

	@Test
	void aBodyOverOneMebibyteIsTooLarge() {
		String padding = "x".repeat(1024 * 1024);
		String body = problem(createUser(user("\"username\":\"" + padding + "\""), MediaType.APPLICATION_JSON), 413);
		assertThat(body).contains("/problems/request-too-large");
	}

	@Test
	void aBodyOverOneMebibyteSentWithoutALengthIsTooLarge() throws Exception {
		byte[] body = """
				{"username":"%s","password":"a-long-enough-password","role":"ADMIN"}"""
			.formatted("x".repeat(1024 * 1024))
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/users"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			// A stream of unknown length goes out chunked, with no Content-Length to
			// check.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
				.hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.body()).contains("/problems/request-too-large");
		}
	}

	@Test
	void aMalformedPathParameterIsABadRequestNamingIt() {
		String body = problem(http.patch()
			.uri("/api/v1/users/not-a-uuid")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange(), 400);
		assertThat(body).contains("\"field\":\"id\"");
	}

	private String problem(RestTestClient.ResponseSpec response, int status) {
		byte[] bytes = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.detail")
			.isNotEmpty()
			.returnResult()
			.getResponseBody();
		String body = new String(bytes, StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Exception", "exception", "\tat ", "java.", "jakarta.", "tools.jackson",
				"springframework", "ilium.shared", "ilium.identity", "trace");
		return body;
	}

	private RestTestClient.ResponseSpec createUser(String body, MediaType contentType) {
		return http.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(contentType)
			.body(body)
			.exchange();
	}

	private static String user(String extraField) {
		return """
				{"username":"u-%d","password":"a-long-enough-password","role":"ADMIN",%s}"""
			.formatted(System.nanoTime(), extraField);
	}

}

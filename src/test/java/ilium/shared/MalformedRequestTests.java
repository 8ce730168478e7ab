package ilium.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Errors: no client input reaches a 500 or an HTML page. What the attacker sent a
 * fresh service, byte for byte over a raw socket (HTTP clients refuse to send most of
 * it): each answer is a problem+json 400, 414 or 431 with the security headers, and the
 * log holds one line for it, with no stack trace and none of the request's values.
 */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests {

	private static final String PLANTED = "planted" + UUID.randomUUID().toString().replace("-", "");

	@LocalServerPort
	int port;

	static Stream<Arguments> refusedRequests() {
		String manyParameters = IntStream.range(0, 1001).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
		return Stream.of(
				Arguments.of("a query byte that is not UTF-8", get("/actuator/health?x=%FF&y=" + PLANTED, ""), 400),
				Arguments.of("a Latin-1 search", get("/api/v1/patients?q=" + PLANTED + "%E9", ""), 400),
				Arguments.of("a raw Latin-1 byte in the query", get("/api/v1/patients?q=" + PLANTED + "\u00e9", ""),
						400),
				Arguments.of("a control byte in Content-Type",
						post("Content-Type: application/json\u0001" + PLANTED + "\r\n"), 400),
				Arguments.of("a Latin-1 byte in Content-Type",
						post("Content-Type: application/json" + PLANTED + "\u00e9\r\n"), 400),
				Arguments.of("a control byte in Idempotency-Key",
						post("Content-Type: application/json\r\nIdempotency-Key: " + PLANTED + "\u007f\r\n"), 400),
				Arguments.of("a non-printable byte in Idempotency-Key",
						post("Content-Type: application/json\r\nIdempotency-Key: " + PLANTED + "\u0085\r\n"), 400),
				Arguments.of("an 8 KB URL", get("/api/v1/users?q=" + PLANTED + "x".repeat(8192), ""), 414),
				Arguments
					.of("1001 query parameters", get("/api/v1/users?" + PLANTED + "=1&" + manyParameters, ""), 400),
				Arguments.of("an encoded NUL in the path", get("/api/v1/users/%00" + PLANTED, ""), 400),
				Arguments.of("1001 parameters in the sign-in form",
						form("/app/login", PLANTED + "=1&" + manyParameters), 400),
				Arguments.of("1001 parameters in the token form",
						form("/api/v1/auth/token", PLANTED + "=1&" + manyParameters), 400),
				Arguments.of("a badly encoded sign-in form", form("/app/login", "username=" + PLANTED + "%zz"), 400),
				Arguments.of("oversized headers",
						get("/api/v1/users", "X-Planted: " + PLANTED + "\r\nX-Padding: " + "x".repeat(9000) + "\r\n"),
						431));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedRequests")
	void answersAProblemWithTheSecurityHeadersAndLogsNoValues(String what, String request, int status,
			CapturedOutput output) throws IOException {
		Response response = send(request);

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.headers()).containsEntry("content-type", "application/problem+json")
			.containsEntry("x-content-type-options", "nosniff")
			.containsEntry("x-frame-options", "DENY");
		assertThat(response.body()).contains("\"status\":" + status)
			.contains("\"type\":\"https://ilium.example/problems/")
			.doesNotContain("<html", "Exception", PLANTED);
		assertThat(output.getAll()).contains("Request refused")
			.doesNotContain(PLANTED)
			.doesNotContain("\tat ")
			.doesNotContainIgnoringCase("exception:");
	}

	private static String get(String target, String headers) {
		return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n";
	}

	private static String form(String target, String body) {
		return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
	}

	private static String post(String headers) {
		return "POST /api/v1/appointments HTTP/1.1\r\nHost: localhost\r\n" + headers
				+ "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
	}

	/**
	 * Sends the request's characters as single bytes (ISO-8859-1), as an attacker would.
	 */
	private Response send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
			return Response.parse(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	private record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, String> headers = new HashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
		}

	}

}

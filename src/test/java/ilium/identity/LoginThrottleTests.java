package ilium.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ilium.ConfiguredHttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Errors 429: more than 20 failed sign-ins in a minute from one client address
 * are answered 429 with {@code Retry-After}; a locked account tried from many addresses
 * answers 401, as API.md asks. The right password is never throttled. Each test signs in
 * from its own loopback address (127.0.0.x) so that the tests do not throttle each other.
 */
@ConfiguredHttpTest
class LoginThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Test
	void answersTooManyRequestsAfterTwentyFailuresFromOneAddress() throws Exception {
		String address = "127.0.0.11";
		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(signIn(address, unknownUser(), "wrong-password").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> throttled = signIn(address, unknownUser(), "wrong-password");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(throttled.body()).contains("https://ilium.example/problems/too-many-logins");
		assertThat(throttled.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 60L);
	}

	@Test
	void neverThrottlesTheRightPassword() throws Exception {
		String address = "127.0.0.12";
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 25; attempt++) {
			signIn(address, unknownUser(), "wrong-password");
		}
		assertThat(signIn(address, unknownUser(), "wrong-password").statusCode()).isEqualTo(429);
		assertThat(signIn(address, username, Staff.PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void manySuccessfulSignInsFromOneAddressAreNeverThrottled() throws Exception {
		String address = "127.0.0.13";
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 30; attempt++) {
			assertThat(signIn(address, username, Staff.PASSWORD).statusCode()).isEqualTo(200);
		}
	}

	/**
	 * Password hashing is CPU-bound and virtual threads are not preempted: unbounded, a
	 * burst of sign-ins took every carrier thread, requests holding database connections
	 * could not run, and the rest timed out waiting for one (503 with PostgreSQL up).
	 */
	@Test
	void aBurstOfSignInsNeverAnswersDatabaseUnavailable() throws Exception {
		java.util.List<java.util.concurrent.Callable<Integer>> burst = new java.util.ArrayList<>();
		for (int client = 0; client < 48; client++) {
			String address = "127.0.2." + (client + 1);
			burst.add(() -> signIn(address, unknownUser(), "wrong-password").statusCode());
		}
		try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
			.newVirtualThreadPerTaskExecutor()) {
			java.util.List<Integer> statuses = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Integer> status : pool.invokeAll(burst)) {
				statuses.add(status.get());
			}
			assertThat(statuses).containsOnly(401);
		}
	}

	@Test
	void anotherAddressIsNotThrottled() throws Exception {
		for (int attempt = 0; attempt < 21; attempt++) {
			signIn("127.0.0.14", unknownUser(), "wrong-password");
		}
		assertThat(signIn("127.0.0.15", unknownUser(), "wrong-password").statusCode()).isEqualTo(401);
	}

	@Test
	void anInventedForwardedForAddressDoesNotEscapeTheThrottle() throws Exception {
		String address = "127.0.0.16";
		for (int attempt = 0; attempt < 20; attempt++) {
			signIn(address, unknownUser(), "wrong-password");
		}
		HttpResponse<String> response = send(address,
				request(unknownUser(), "wrong-password").header("X-Forwarded-For", "203.0.113.9").build());
		assertThat(response.statusCode()).isEqualTo(429);
	}

	@Test
	void aLockedAccountTriedFromManyAddressesAnswers401NotTooManyRequests() throws Exception {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 12; attempt++) {
			assertThat(signIn("127.0.1." + (attempt + 1), username, "wrong-password").statusCode()).isEqualTo(401);
		}
		assertThat(signIn("127.0.1.20", username, Staff.PASSWORD).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> signIn(String fromAddress, String username, String password)
			throws IOException, InterruptedException {
		return send(fromAddress, request(username, password).build());
	}

	private HttpRequest.Builder request(String username, String password) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)));
	}

	private static HttpResponse<String> send(String fromAddress, HttpRequest request)
			throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(fromAddress)).build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String unknownUser() {
		return "nobody-" + UUID.randomUUID();
	}

}

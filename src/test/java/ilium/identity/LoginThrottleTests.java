package ilium.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.ConfiguredHttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Authentication: the sign-in throttle with its real limits, over real HTTP. Each
 * test signs in from loopback addresses of its own (127.0.x.y), so the tests do not
 * throttle each other; 127.0.0.250 and 127.0.4.0/24 are trusted proxies here.
 */
@ConfiguredHttpTest
class LoginThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

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
	void anAddressPastItsLimitIsHeldBackEvenWithTheRightPassword() throws Exception {
		String address = "127.0.0.12";
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 20; attempt++) {
			signIn(address, unknownUser(), "wrong-password");
		}
		assertThat(signIn(address, username, Staff.PASSWORD).statusCode()).isEqualTo(429);
		assertThat(signIn("127.0.0.22", username, Staff.PASSWORD).statusCode()).isEqualTo(200);
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
		List<Callable<Integer>> burst = new ArrayList<>();
		for (int client = 0; client < 48; client++) {
			String address = "127.0.2." + (client + 1);
			burst.add(() -> signIn(address, unknownUser(), "wrong-password").statusCode());
		}
		assertThat(all(burst)).containsOnly(401);
	}

	/** The checks and the writes are one transaction per address: none slips past. */
	@Test
	void aBurstOfGuessesFromOneAddressGetsNoMoreThanItsLimitChecked() throws Exception {
		String address = "127.0.0.17";
		List<Callable<Integer>> burst = new ArrayList<>();
		for (int attempt = 0; attempt < 40; attempt++) {
			burst.add(() -> signIn(address, unknownUser(), "wrong-password").statusCode());
		}
		List<Integer> statuses = all(burst);
		assertThat(statuses.stream().filter(status -> status == 401)).hasSize(20);
		assertThat(statuses.stream().filter(status -> status == 429)).hasSize(20);
	}

	@Test
	void anotherAddressIsNotThrottled() throws Exception {
		for (int attempt = 0; attempt < 21; attempt++) {
			signIn("127.0.0.14", unknownUser(), "wrong-password");
		}
		assertThat(signIn("127.0.0.15", unknownUser(), "wrong-password").statusCode()).isEqualTo(401);
	}

	@Test
	void anAnonymousCallerCannotLockAnAdminOutFromAnotherAddress() throws Exception {
		String admin = staff.newAccount("ADMIN", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signIn("127.0.1.1", admin, "wrong-password").statusCode()).isEqualTo(401);
		}
		assertThat(signIn("127.0.1.1", admin, "wrong-password").statusCode()).isEqualTo(429);
		assertThat(signIn("127.0.1.2", admin, Staff.PASSWORD).statusCode()).isEqualTo(200);
	}

	/**
	 * An honest observable of "no bcrypt": the service counts every password it checks
	 * ({@code ilium.sign.in.password.checks}, also on /actuator/prometheus).
	 */
	@Test
	void aThrottledAttemptChecksNoPasswordAndWritesOnlyOneAuditLine() throws Exception {
		String address = "127.0.1.3";
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(address, username, "wrong-password");
		}
		double checks = passwordChecks();
		long failures = failureRows();
		for (int attempt = 0; attempt < 10; attempt++) {
			assertThat(signIn(address, username, attempt % 2 == 0 ? Staff.PASSWORD : "wrong").statusCode())
				.isEqualTo(429);
		}
		assertThat(passwordChecks()).isEqualTo(checks);
		assertThat(failureRows()).isEqualTo(failures);
		assertThat(auditLines(username)).containsExactly("LOGIN", "LOGIN", "LOGIN", "LOGIN", "LOGIN",
				"SIGN_IN_THROTTLED sign-in:account-and-address 127.0.1.3");
		assertThat(signIn("127.0.1.4", username, "wrong-password").statusCode()).isEqualTo(401);
		assertThat(passwordChecks()).isEqualTo(checks + 1);
	}

	@Test
	void anAccountUnderAttackFromManyAddressesAdmitsOnlyAddressesThatSignedInToIt() throws Exception {
		String username = staff.newAccount("FRONT_DESK", null);
		assertThat(signIn("127.0.1.5", username, Staff.PASSWORD).statusCode()).isEqualTo(200);
		// 101 failures from 101 addresses within the hour, written as the throttle writes
		// them: a hundred bcrypt checks over HTTP would only make the test slow.
		for (int attacker = 0; attacker < 101; attacker++) {
			jdbc.sql("insert into sign_in_failure (at, address, username) values (now(), cast(:a as inet), :u)")
				.param("a", "198.51.100." + attacker)
				.param("u", username)
				.update();
		}
		HttpResponse<String> stranger = signIn("127.0.1.6", username, Staff.PASSWORD);
		assertThat(stranger.statusCode()).isEqualTo(429);
		assertThat(stranger.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(3500L, 3600L);
		assertThat(signIn("127.0.1.5", username, Staff.PASSWORD).statusCode()).isEqualTo(200);
		JsonNode seen = adminSearch("userId=" + userId(username)).get("content");
		assertThat(seen.findValuesAsString("resourceType")).contains("sign-in:account-under-attack");
		assertThat(seen.findValuesAsString("resourceId")).contains("127.0.1.6");
	}

	@Test
	void anAdminUnlockClearsEveryThrottleOfTheAccount() throws Exception {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn("127.0.1.7", username, "wrong-password");
		}
		for (int attacker = 0; attacker < 101; attacker++) {
			jdbc.sql("insert into sign_in_failure (at, address, username) values (now(), cast(:a as inet), :u)")
				.param("a", "198.51.101." + attacker)
				.param("u", username)
				.update();
		}
		assertThat(signIn("127.0.1.7", username, Staff.PASSWORD).statusCode()).isEqualTo(429);
		assertThat(signIn("127.0.1.8", username, Staff.PASSWORD).statusCode()).isEqualTo(429);
		http.patch()
			.uri("/api/v1/users/{id}", userId(username))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("unlock", true))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(signIn("127.0.1.7", username, Staff.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(signIn("127.0.1.8", username, Staff.PASSWORD).statusCode()).isEqualTo(200);
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
	void behindATrustedProxyTheForwardedClientIsThrottledAndNotTheProxy() throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(viaProxy("127.0.0.250", "203.0.113.10", unknownUser()).statusCode()).isEqualTo(401);
		}
		assertThat(viaProxy("127.0.0.250", "203.0.113.10", unknownUser()).statusCode()).isEqualTo(429);
		assertThat(viaProxy("127.0.0.250", "203.0.113.11", unknownUser()).statusCode()).isEqualTo(401);
		assertThat(viaProxy("127.0.4.7", "203.0.113.10", unknownUser()).statusCode()).isEqualTo(429);
	}

	@Test
	void theClientIsTheRightMostForwardedAddressThatIsNotATrustedProxy() throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			viaProxy("127.0.0.250", "203.0.113.20", unknownUser());
		}
		// The client wrote what is left of its address; trusted proxies appended the
		// rest.
		assertThat(viaProxy("127.0.0.250", "198.51.100.7, 203.0.113.20", unknownUser()).statusCode()).isEqualTo(429);
		assertThat(viaProxy("127.0.0.250", "203.0.113.20, 127.0.4.9", unknownUser()).statusCode()).isEqualTo(429);
		assertThat(viaProxy("127.0.0.250", "203.0.113.20, 198.51.100.8", unknownUser()).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> viaProxy(String proxy, String forwardedFor, String username)
			throws IOException, InterruptedException {
		return send(proxy, request(username, "wrong-password").header("X-Forwarded-For", forwardedFor).build());
	}

	private double passwordChecks() {
		return meters.get("ilium.sign.in.password.checks").counter().count();
	}

	private long failureRows() {
		return jdbc.sql("select count(*) from sign_in_failure").query(Long.class).single();
	}

	private List<String> auditLines(String username) {
		return jdbc.sql("""
				select action || coalesce(' ' || nullif(resource_type, 'staff-account') || ' ' || resource_id, '')
				  from audit_event where username = :u and action <> 'CREATE' order by id
				""").param("u", username).query(String.class).list();
	}

	private UUID userId(String username) {
		return jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private JsonNode adminSearch(String query) {
		return http.get()
			.uri("/api/v1/audit-events?" + query + "&from=" + java.time.LocalDate.now().minusDays(1) + "&to="
					+ java.time.LocalDate.now().plusDays(1))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			return statuses;
		}
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

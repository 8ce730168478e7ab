package ilium;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a clinic sees when PostgreSQL stops and comes back (API.md, Errors 503 and
 * Operations): quick 503 problems instead of hangs, readiness down and liveness up, and
 * recovery by itself with nothing committed lost. The service reaches its database
 * through a {@link TcpProxy} that these tests cut, so the shared server is never touched;
 * that needs an application context of its own, closed after this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"ilium.admin.username=" + Staff.ADMIN_USERNAME, "ilium.admin.password=" + Staff.ADMIN_PASSWORD,
				"spring.datasource.hikari.maximum-pool-size=4" })
@AutoConfigureRestTestClient
@Import({ DatabaseOutageTests.ProxiedDatabase.class, Staff.class })
@DirtiesContext
class DatabaseOutageTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	TcpProxy database;

	String admin;

	@BeforeEach
	void signInWhileTheDatabaseIsUp() {
		// The previous test's outage may still be healing (that is the recovery under
		// test).
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> status(http.get().uri("/actuator/health/readiness")).is2xxSuccessful());
		admin = staff.admin();
	}

	@AfterEach
	void bringTheDatabaseBack() {
		database.restore();
	}

	@Test
	void answersA503ProblemWithinTwoSecondsWhileTheDatabaseIsDown() {
		database.cut();
		assertQuick503(http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin));
		assertQuick503(http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", Staff.ADMIN_USERNAME, "password", Staff.ADMIN_PASSWORD)));
		assertQuick503(http.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin));
	}

	@Test
	void manyRequestsAtOnceDuringTheOutageAllAnswerQuickly() throws Exception {
		database.cut();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> answers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				answers.add(clients.submit(() -> assertQuick503(
						http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))));
			}
			for (Future<?> answer : answers) {
				answer.get();
			}
		}
	}

	@Test
	void readinessGoesDownWhileLivenessStaysUp() {
		database.cut();
		http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN");
		http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		database.restore();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
	}

	@Test
	void recoversByItselfAndLosesNothingCommitted() {
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			opened.add(staff.newAccount("FRONT_DESK", null));
		}
		database.cut();
		assertQuick503(http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin));
		database.restore();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> status(http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
				.is2xxSuccessful());
		int succeeded = 0;
		for (int i = 0; i < 100; i++) {
			if (status(http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
				.is2xxSuccessful()) {
				succeeded++;
			}
		}
		assertThat(succeeded).isGreaterThanOrEqualTo(99);
		opened.forEach(username -> assertThat(staff.token(username, Staff.PASSWORD)).isNotBlank());
	}

	private void assertQuick503(RestTestClient.RequestHeadersSpec<?> request) {
		long started = System.nanoTime();
		request.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/service-unavailable");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	private static HttpStatusCode status(RestTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().returnResult().getStatus();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProxiedDatabase {

		@Bean(destroyMethod = "close")
		TcpProxy databaseProxy() {
			PostgresServer server = PostgresServer.forTests();
			return new TcpProxy(new InetSocketAddress(server.host(), server.port()));
		}

		@Bean
		ServiceDatabase proxiedDatabase(TcpProxy databaseProxy) {
			return ServiceDatabase.forTests().reachedThrough(databaseProxy.address());
		}

		@Bean
		JdbcConnectionDetails runtimeRole(ServiceDatabase proxiedDatabase) {
			return proxiedDatabase.runtime();
		}

		@Bean
		FlywayConnectionDetails ownerRole(ServiceDatabase proxiedDatabase) {
			return proxiedDatabase.owner();
		}

	}

}

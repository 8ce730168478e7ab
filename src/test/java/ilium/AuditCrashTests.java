package ilium;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read is answered only once its audit line is durable (issue: read-path): PostgreSQL
 * is killed ({@code -m immediate}) while patients are being read, started again, and
 * every read that was answered 200, before the crash or after, has its line in the
 * recovered trail. The server is this class's own ({@link CrashablePostgres}, with
 * {@code synchronous_commit = off}), so the shared one is never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"ilium.admin.username=" + Staff.ADMIN_USERNAME, "ilium.admin.password=" + Staff.ADMIN_PASSWORD,
				"ilium.security.max-failed-logins-per-address=1000000" })
@AutoConfigureRestTestClient
@Import({ AuditCrashTests.OwnServer.class, Staff.class })
@DirtiesContext
class AuditCrashTests {

	private static final CrashablePostgres postgres = CrashablePostgres.start();

	private static final int READERS = 16;

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyReadAnswered200HasItsAuditLineAfterACrash() throws Exception {
		Clinic clinic = new Clinic(http, jdbc, staff);
		List<UUID> patients = new ArrayList<>();
		for (int i = 0; i < READERS; i++) {
			patients.add(clinic.newPatient());
		}
		String token = clinic.token();
		Map<UUID, AtomicLong> answered = new ConcurrentHashMap<>();
		AtomicLong refused = new AtomicLong();
		AtomicBoolean reading = new AtomicBoolean(true);

		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (UUID patient : patients) {
				AtomicLong ok = answered.computeIfAbsent(patient, any -> new AtomicLong());
				readers.submit(() -> {
					while (reading.get()) {
						if (read(patient, token) == 200) {
							ok.incrementAndGet();
						}
						else {
							refused.incrementAndGet();
						}
					}
					return null;
				});
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> total(answered) >= 300);

			postgres.crash();
			long answeredBeforeRestart = total(answered);
			await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() > 0);
			postgres.restart();
			await().atMost(Duration.ofSeconds(60)).until(() -> total(answered) >= answeredBeforeRestart + 300);
			reading.set(false);
		}

		assertThat(refused.get()).as("reads refused while the server was down").isPositive();
		for (UUID patient : patients) {
			assertThat(readLinesOf(patient)).as("audit lines of patient %s", patient)
				.isGreaterThanOrEqualTo(answered.get(patient).get());
		}
	}

	private int read(UUID patient, String token) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/patients/" + patient))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(10))
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private long readLinesOf(UUID patient) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patient and action = 'READ' and resource_type = 'patient' and outcome = 'ALLOWED'
				""").param("patient", patient).query(Long.class).single();
	}

	private static long total(Map<UUID, AtomicLong> answered) {
		return answered.values().stream().mapToLong(AtomicLong::get).sum();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnServer {

		@Bean
		ServiceDatabase crashableDatabase() {
			return ServiceDatabase.forTestsOn(postgres.server());
		}

		@Bean
		JdbcConnectionDetails runtimeRole(ServiceDatabase crashableDatabase) {
			return crashableDatabase.runtime();
		}

		@Bean
		FlywayConnectionDetails ownerRole(ServiceDatabase crashableDatabase) {
			return crashableDatabase.owner();
		}

	}

}

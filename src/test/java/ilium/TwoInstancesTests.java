package ilium;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service, A and B, on one database, as a clinic runs them behind a
 * load balancer (docs/architecture.md, Two instances, one database): each is an
 * application context of its own on its own random port, over real HTTP, with the real
 * sign-in throttle limits. The database and its two roles are made once, for both;
 * neither instance makes or drops its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesTests {

	private static final String LISTENER = "ilium-account-listener";

	private static final String EXPIRY = "IdempotencyKeyExpiry.forgetExpiredKeysOncePerPeriod";

	private static final String CLEANUP = "SignInThrottle.forgetOldFailuresOncePerPeriod";

	private static ServiceDatabase database;

	private static Instance a;

	private static Instance b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		database = ServiceDatabase.forTests();
		a = Instance.start(database);
		b = Instance.start(database);
	}

	@AfterAll
	static void stopBoth() {
		try (Instance first = a; Instance second = b) {
			// Both close, B first.
		}
		finally {
			database.destroy();
		}
	}

	@BeforeEach
	void bothCachesInUse() {
		await().atMost(Duration.ofSeconds(10)).until(() -> a.cacheListening() && b.cacheListening());
	}

	@Test
	void aDeactivationOnOneInstanceEndsTheTokenOnTheOtherWithinASecond() {
		String username = a.staff.newAccount("FRONT_DESK", null);
		String token = a.staff.token(username, Staff.PASSWORD);
		assertCachedOn(b, token);

		a.staff.changeAccount(a.userId(username), Map.of("active", false)).expectStatus().isOk();

		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> b.statusOfMe(token) == 401);
	}

	@Test
	void aRoleChangeOnOneInstanceEndsTheTokenOnTheOtherWithinASecond() {
		String username = a.staff.newAccount("FRONT_DESK", null);
		String token = a.staff.token(username, Staff.PASSWORD);
		assertCachedOn(b, token);

		a.staff.changeAccount(a.userId(username), Map.of("role", "ADMIN")).expectStatus().isOk();

		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> b.statusOfMe(token) == 401);
		assertThat(b.statusOfMe(b.staff.token(username, Staff.PASSWORD))).isEqualTo(200);
	}

	/**
	 * The listeners cannot come back while their role may not sign in: whatever B serves
	 * meanwhile, it served without its cache.
	 */
	@Test
	void withItsListenerCutAnInstanceReadsEveryAccountAndTheCacheComesBackAfterwards(CapturedOutput output) {
		String username = a.staff.newAccount("FRONT_DESK", null);
		String token = a.staff.token(username, Staff.PASSWORD);
		assertCachedOn(b, token);
		UUID id = a.userId(username);
		int logged = output.getAll().length();
		try {
			database.runtimeMayConnect(false);
			assertThat(terminateListeners()).containsExactly(true, true);
			await().atMost(Duration.ofSeconds(5)).until(() -> !a.cacheListening() && !b.cacheListening());

			a.staff.changeAccount(id, Map.of("active", false)).expectStatus().isOk();
			double bypassed = b.cacheGets("bypassed");
			assertThat(b.statusOfMe(token)).isEqualTo(401);
			assertThat(b.cacheGets("bypassed")).isEqualTo(bypassed + 1);
		}
		finally {
			database.runtimeMayConnect(true);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> a.cacheListening() && b.cacheListening());
		assertCachedOn(b, b.staff.admin());
		String outage = output.getAll().substring(logged);
		assertThat(outage.split("Not listening for account changes", -1)).as("one warning per instance").hasSize(3);
		assertThat(outage.split("Listening for account changes again", -1)).hasSize(3);
		assertThat(outage).doesNotContain("Exception:", "\tat ");
	}

	@Test
	void theKeyExpiryRunsOnOneInstanceWhenBothFireAtOnce() throws Exception {
		String expired = expiredIdempotencyKey();
		openPeriod("idempotency-key-expiry");
		double ran = ran("idempotency-key-expiry");

		all(List.<Callable<Void>>of(() -> a.runScheduled(EXPIRY), () -> b.runScheduled(EXPIRY)));

		assertThat(ran("idempotency-key-expiry")).isEqualTo(ran + 1);
		assertThat(idempotencyKeys(expired)).isZero();
	}

	@Test
	void theKeyExpiryRunsOnOneInstanceWhenTheyFireOneAfterTheOther() {
		openPeriod("idempotency-key-expiry");
		double ran = ran("idempotency-key-expiry");

		a.runScheduled(EXPIRY);
		String expired = expiredIdempotencyKey();
		b.runScheduled(EXPIRY);

		assertThat(ran("idempotency-key-expiry")).isEqualTo(ran + 1);
		assertThat(idempotencyKeys(expired)).isOne();
	}

	@Test
	void theKeyExpiryRunsAgainOnceItsPeriodHasPassed() {
		openPeriod("idempotency-key-expiry");
		a.runScheduled(EXPIRY);
		double ran = ran("idempotency-key-expiry");
		String expired = expiredIdempotencyKey();
		a.jdbc.sql("update scheduled_job set last_run_at = last_run_at - interval '1 hour' where name = :job")
			.param("job", "idempotency-key-expiry")
			.update();

		b.runScheduled(EXPIRY);

		assertThat(ran("idempotency-key-expiry")).isEqualTo(ran + 1);
		assertThat(idempotencyKeys(expired)).isZero();
	}

	@Test
	void theSignInCleanupRunsOnOneInstanceWhenBothFireAtOnce() throws Exception {
		String old = "old-" + UUID.randomUUID();
		a.jdbc
			.sql("insert into sign_in_failure (at, address, username) values (now() - interval '2 hours', "
					+ "'192.0.2.1', :old)")
			.param("old", old)
			.update();
		openPeriod("sign-in-cleanup");
		double ran = ran("sign-in-cleanup");

		all(List.<Callable<Void>>of(() -> a.runScheduled(CLEANUP), () -> b.runScheduled(CLEANUP)));
		a.runScheduled(CLEANUP);

		assertThat(ran("sign-in-cleanup")).isEqualTo(ran + 1);
		assertThat(a.jdbc.sql("select count(*) from sign_in_failure where username = :old")
			.param("old", old)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void failuresOnEitherInstanceCountTogether() throws Exception {
		String username = a.staff.newAccount("FRONT_DESK", null);
		String address = "127.0.0.31";
		for (Instance instance : List.of(a, b, a, b, a)) {
			assertThat(instance.signIn(address, username, "wrong-password")).isEqualTo(401);
		}
		assertThat(b.signIn(address, username, Staff.PASSWORD)).isEqualTo(429);
		assertThat(a.signIn(address, username, Staff.PASSWORD)).isEqualTo(429);
	}

	/**
	 * Admissions from one address at one username queue behind each other in PostgreSQL,
	 * whichever instance they reach: no more than the limit are checked. (Six guesses per
	 * instance, fewer than its pool's connections: here both instances share one JVM's
	 * few carrier threads, which one JVM per instance would not.)
	 */
	@Test
	void aBurstOfGuessesSpreadOverBothInstancesGetsNoMoreThanItsLimitChecked() throws Exception {
		String address = "127.0.0.32";
		String username = "nobody-" + UUID.randomUUID();
		List<Callable<Integer>> burst = new ArrayList<>();
		for (int attempt = 0; attempt < 12; attempt++) {
			Instance instance = attempt % 2 == 0 ? a : b;
			burst.add(() -> instance.signIn(address, username, "wrong-password"));
		}
		List<Integer> statuses = all(burst);
		assertThat(statuses.stream().filter(status -> status == 401)).hasSize(5);
		assertThat(statuses.stream().filter(status -> status == 429)).hasSize(7);
	}

	/**
	 * Two requests with the token on the instance: the second is answered from its cache.
	 */
	private static void assertCachedOn(Instance instance, String token) {
		assertThat(instance.statusOfMe(token)).isEqualTo(200);
		double hits = instance.cacheGets("hit");
		assertThat(instance.statusOfMe(token)).isEqualTo(200);
		assertThat(instance.cacheGets("hit")).isEqualTo(hits + 1);
	}

	/** Ends the listeners' connections as a server restart or a network cut does. */
	private static List<Boolean> terminateListeners() {
		return a.jdbc.sql("""
				select pg_terminate_backend(pid) from pg_stat_activity
				 where application_name = :listener and datname = current_database()
				""").param("listener", LISTENER).query(Boolean.class).list();
	}

	/** As if no instance had run the job yet. */
	private static void openPeriod(String job) {
		a.jdbc.sql("update scheduled_job set last_run_at = '-infinity' where name = :job").param("job", job).update();
	}

	private static double ran(String job) {
		return a.jobRuns(job, "ran") + b.jobRuns(job, "ran");
	}

	private static String expiredIdempotencyKey() {
		String key = UUID.randomUUID().toString();
		a.jdbc.sql("""
				insert into appointment_idempotency_key (user_id, key, request_hash, series_id, created_at)
				values (:user, :key, 'hash', :series, now() - interval '25 hours')
				""").param("user", UUID.randomUUID()).param("key", key).param("series", UUID.randomUUID()).update();
		return key;
	}

	private static int idempotencyKeys(String key) {
		return a.jdbc.sql("select count(*) from appointment_idempotency_key where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<T> results = new ArrayList<>();
			for (Future<T> result : clients.invokeAll(calls)) {
				results.add(result.get());
			}
			return results;
		}
	}

	/** One running instance of the service and what the tests reach it with. */
	private static final class Instance implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final int port;

		private final RestTestClient http;

		private final JdbcClient jdbc;

		private final Staff staff;

		private final MeterRegistry meters;

		private Instance(ConfigurableApplicationContext context) {
			this.context = context;
			this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
			this.http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
			this.jdbc = context.getBean(JdbcClient.class);
			this.staff = new Staff(http, jdbc);
			this.meters = context.getBean(MeterRegistry.class);
		}

		/** The service as it starts in production, on the given database's roles. */
		static Instance start(ServiceDatabase database) {
			return new Instance(new SpringApplicationBuilder(IliumApplication.class).initializers(context -> {
				context.getBeanFactory().registerSingleton("runtimeRole", database.runtime());
				context.getBeanFactory().registerSingleton("ownerRole", database.owner());
			})
				.run("--server.port=0", "--ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
						"--ilium.admin.username=" + Staff.ADMIN_USERNAME,
						"--ilium.admin.password=" + Staff.ADMIN_PASSWORD));
		}

		int statusOfMe(String token) {
			return http.get()
				.uri("/api/v1/users/me")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.returnResult()
				.getStatus()
				.value();
		}

		UUID userId(String username) {
			return jdbc.sql("select id from staff_account where username = :username")
				.param("username", username)
				.query(UUID.class)
				.single();
		}

		/** A sign-in from the given loopback address; answers the status. */
		int signIn(String fromAddress, String username, String password) throws IOException, InterruptedException {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
				.build();
			try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(fromAddress)).build()) {
				return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
		}

		/** Runs the scheduled method as its scheduler does when its timer fires. */
		Void runScheduled(String method) {
			context.getBeansOfType(ScheduledTaskHolder.class)
				.values()
				.stream()
				.flatMap(holder -> holder.getScheduledTasks().stream())
				.map(ScheduledTask::getTask)
				.filter(task -> task.toString().endsWith("." + method))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No scheduled method " + method))
				.getRunnable()
				.run();
			return null;
		}

		boolean cacheListening() {
			return meters.get("ilium.account.cache.listening").gauge().value() == 1;
		}

		double cacheGets(String result) {
			return meters.get("ilium.account.cache.gets").tag("result", result).counter().count();
		}

		double jobRuns(String job, String outcome) {
			var counter = meters.find("ilium.scheduled.job.runs").tag("job", job).tag("outcome", outcome).counter();
			return counter == null ? 0 : counter.count();
		}

		@Override
		public void close() {
			context.close();
		}

	}

}

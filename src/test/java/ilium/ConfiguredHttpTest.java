package ilium;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Like {@link HttpTest}, but the service configured as a clinic would run it behind its
 * own web front end, in a context of its own: one allowed CORS origin
 * ({@value #FRONT_END}), the real sign-in throttle limits, trusted reverse proxies
 * ({@value #TRUSTED_PROXIES}), one test-only endpoint that fails with a 500, and two
 * whose transaction loses its database connection just before it commits or rolls back.
 * The test classes using it share that one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"ilium.admin.username=" + Staff.ADMIN_USERNAME, "ilium.admin.password=" + Staff.ADMIN_PASSWORD,
				"ilium.cors.allowed-origins=" + ConfiguredHttpTest.FRONT_END,
				"spring.datasource.hikari.maximum-pool-size=4",
				"ilium.security.trusted-proxies=" + ConfiguredHttpTest.TRUSTED_PROXIES })
@AutoConfigureRestTestClient
@Import({ TestDatabaseConfiguration.class, Staff.class, ConfiguredHttpTest.FailingEndpoint.class })
public @interface ConfiguredHttpTest {

	/** The one origin allowed cross-origin access. */
	String FRONT_END = "https://front.clinic.example";

	/**
	 * Reverse proxies whose {@code X-Forwarded-For} is believed: one address and one
	 * range of loopback addresses that no test signs in from directly.
	 */
	String TRUSTED_PROXIES = "127.0.0.250,127.0.4.0/24";

	/** Where {@link FailingEndpoint} answers. */
	String FAILING_PATH = "/api/v1/test-failures";

	/**
	 * Where a transaction loses its connection, then commits (or, with a 1, rolls back).
	 */
	String LOST_CONNECTION_PATH = "/api/v1/test-failures/lost-connection";

	/** Registers its member {@link Failing} (a configuration's nested component). */
	@TestConfiguration(proxyBeanMethods = false)
	class FailingEndpoint {

		@RestController
		static class Failing {

			private final DoomedTransaction transaction;

			Failing(DoomedTransaction transaction) {
				this.transaction = transaction;
			}

			@PostMapping(FAILING_PATH)
			@PreAuthorize("isAuthenticated()")
			Map<String, String> fail(@RequestBody Map<String, String> body) {
				throw new IllegalStateException("A failure planted by the test");
			}

			@PostMapping(LOST_CONNECTION_PATH)
			@PreAuthorize("isAuthenticated()")
			Map<String, String> loseConnection(@RequestBody Map<String, Boolean> body) {
				transaction.loseConnection(Boolean.TRUE.equals(body.get("rollBack")));
				return Map.of();
			}

		}

		/**
		 * A transaction whose PostgreSQL backend is terminated (as a server restart does)
		 * after its first statement, so its commit or rollback is what fails.
		 */
		@Component
		public static class DoomedTransaction {

			private final JdbcClient jdbc;

			private final DataSource dataSource;

			DoomedTransaction(JdbcClient jdbc, DataSource dataSource) {
				this.jdbc = jdbc;
				this.dataSource = dataSource;
			}

			@Transactional
			public void loseConnection(boolean rollBack) {
				int backend = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
				try (Connection other = dataSource.getConnection();
						PreparedStatement terminate = other.prepareStatement("select pg_terminate_backend(?, 5000)")) {
					terminate.setInt(1, backend);
					terminate.executeQuery().close();
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Could not terminate the backend", ex);
				}
				if (rollBack) {
					throw new IllegalStateException("A failure planted by the test, rolled back");
				}
			}

		}

	}

}

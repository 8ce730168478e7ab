package ilium;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The dev run ({@code ./mvnw spring-boot:test-run}): Ilium with demo data on a PostgreSQL
 * it finds or starts itself (see {@link PostgresServer}), migrated by the owner role
 * {@code ilium} and served by the runtime role {@code ilium_app} as in production. Lives
 * with the tests so none of it is in the production jar.
 */
public class TestIliumApplication {

	public static void main(String[] args) {
		DevRun.refuseASecondOne();
		if (System.getenv("ILIUM_TOKEN_SECRET") == null) {
			// Demo tokens only need to outlive this run; production requires a configured
			// secret.
			System.setProperty("ilium.security.token-secret",
					HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).repeat(4));
		}
		DevRun.stopCleanlyOnCtrlC(SpringApplication.from(IliumApplication::main)
			.with(DevDatabase.class)
			.withAdditionalProfiles("demo")
			.run(args)
			.getApplicationContext());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DevDatabase {

		@Bean
		ServiceDatabase devDatabase() {
			ServiceDatabase database = ServiceDatabase.forDevelopment();
			LoggerFactory.getLogger(TestIliumApplication.class).info("Using {}", database.description());
			return database;
		}

		@Bean
		JdbcConnectionDetails runtimeRole(ServiceDatabase devDatabase) {
			return devDatabase.runtime();
		}

		@Bean
		FlywayConnectionDetails ownerRole(ServiceDatabase devDatabase) {
			return devDatabase.owner();
		}

	}

}

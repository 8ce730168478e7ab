package ilium;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The one database setup for every test: a fresh database per application context on the
 * server {@link PostgresServer#forTests()} chooses, with two roles as in production
 * (API.md, Operations): Flyway migrates as the owner, the service runs as a runtime role
 * that owns nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	ServiceDatabase testDatabase() {
		return ServiceDatabase.forTests();
	}

	@Bean
	JdbcConnectionDetails runtimeRole(ServiceDatabase testDatabase) {
		return testDatabase.runtime();
	}

	@Bean
	FlywayConnectionDetails ownerRole(ServiceDatabase testDatabase) {
		return testDatabase.owner();
	}

	@Bean
	DatabaseOwner databaseOwner(ServiceDatabase testDatabase) {
		return new DatabaseOwner(testDatabase.ownerDataSource());
	}

}

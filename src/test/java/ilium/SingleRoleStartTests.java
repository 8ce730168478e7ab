package ilium;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Operations: without {@code SPRING_FLYWAY_USER} one role migrates and runs the
 * service, as before the roles were split. It still starts, and says once, at start, that
 * its role can rewrite the audit trail and how to fix that. The application context is
 * this class's own and starts while its output is captured.
 */
@SpringBootTest(properties = "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256")
@Import(SingleRoleStartTests.SingleRoleDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SingleRoleStartTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsMigratedAndWarnsOnceThatItsRoleCanRewriteTheAuditTrail(CapturedOutput output) {
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select tableowner = current_user from pg_tables where tablename = 'audit_event'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(Arrays.stream(output.getAll().split("\\R"))
			.filter(line -> line.contains(" WARN "))
			.filter(line -> line.contains("can rewrite the audit trail"))).singleElement()
			.asString()
			.contains("SPRING_FLYWAY_USER", "SPRING_DATASOURCE_USERNAME");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SingleRoleDatabase {

		@Bean
		ServiceDatabase singleRoleDatabase() {
			return ServiceDatabase.singleRoleForTests();
		}

		@Bean
		JdbcConnectionDetails onlyRole(ServiceDatabase singleRoleDatabase) {
			return singleRoleDatabase.runtime();
		}

	}

}

package ilium.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import ilium.IliumApplication;
import ilium.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API.md, Authentication: the first admin's password obeys the password rules. A
 * guessable one stops the first start, on a database of its own with no staff account,
 * saying why (every other test starts with a good one).
 */
class FirstAdminTests {

	@Test
	void refusesToStartWithAGuessableFirstAdminPassword() {
		SpringApplicationBuilder service = new SpringApplicationBuilder(IliumApplication.class,
				TestDatabaseConfiguration.class);
		assertThatThrownBy(() -> service
			.run("--server.port=0", "--ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
					"--ilium.admin.username=first-admin", "--ilium.admin.password=aaaaaaaaaaaa")
			.close()).hasStackTraceContaining("ILIUM_ADMIN_PASSWORD is too easy to guess");
	}

}

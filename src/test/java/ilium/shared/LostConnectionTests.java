package ilium.shared;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.ConfiguredHttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Errors: when PostgreSQL restarts under a request, the request answers a quick
 * 503 problem, also when what fails is the transaction's commit or rollback ("JDBC
 * rollback failed" used to answer 500).
 */
@ConfiguredHttpTest
@ExtendWith(OutputCaptureExtension.class)
class LostConnectionTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@ParameterizedTest(name = "rolled back: {0}")
	@ValueSource(booleans = { false, true })
	void aCommitOrRollbackOnALostConnectionIsA503(boolean rollBack, CapturedOutput output) {
		String token = staff.admin();
		long started = System.nanoTime();
		http.post()
			.uri(ConfiguredHttpTest.LOST_CONNECTION_PATH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("rollBack", rollBack))
			.exchange()
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
		assertThat(output.getAll()).contains("Database unavailable");
	}

}

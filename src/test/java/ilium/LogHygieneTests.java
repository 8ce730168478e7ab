package ilium;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password, token or clinical free text ever reaches the log, even with Spring's web
 * logging turned up to DEBUG as someone chasing a problem would: the test plants unique
 * values in sign-ins, in a refused request and in a request that fails with a 500, and
 * looks for them in everything the service printed.
 */
@ConfiguredHttpTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTests {

	private static final String WEB = "org.springframework.web";

	/** The test's own HTTP client logs what it sends from here: not the service's log. */
	private static final String TEST_CLIENT = "org.springframework.web.client";

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void turnWebLoggingUp() {
		logging.setLogLevel(WEB, LogLevel.DEBUG);
		logging.setLogLevel(TEST_CLIENT, LogLevel.INFO);
	}

	@AfterEach
	void turnWebLoggingBack() {
		logging.setLogLevel(WEB, null);
		logging.setLogLevel(TEST_CLIENT, null);
	}

	@Test
	void plantedSecretsAndClinicalTextNeverReachTheLog(CapturedOutput output) {
		String plantedPassword = "planted-password-" + UUID.randomUUID();
		String wrongPassword = "planted-wrong-password-" + UUID.randomUUID();
		String plantedRole = "PLANTED_ROLE_" + UUID.randomUUID().toString().replace('-', '_');
		String clinicalText = "planted-note: deep thigh pain and fever " + UUID.randomUUID();
		String admin = staff.admin();

		String username = "log-" + UUID.randomUUID();
		post("/api/v1/users", admin, Map.of("username", username, "password", plantedPassword, "role", "FRONT_DESK"))
			.expectStatus()
			.isCreated();
		String token = staff.token(username, plantedPassword);
		post("/api/v1/auth/token", null, Map.of("username", username, "password", wrongPassword)).expectStatus()
			.isUnauthorized();
		post("/api/v1/users", admin,
				Map.of("username", "x-" + UUID.randomUUID(), "password", plantedPassword, "role", plantedRole))
			.expectStatus()
			.isBadRequest();
		post(ConfiguredHttpTest.FAILING_PATH, token, Map.of("note", clinicalText, "password", plantedPassword))
			.expectStatus()
			.isEqualTo(500);

		assertThat(output.getAll()).contains("Unexpected failure").contains(ConfiguredHttpTest.FAILING_PATH);
		for (String planted : List.of(plantedPassword, wrongPassword, plantedRole, clinicalText, token,
				token.split("\\.")[2])) {
			assertThat(output.getAll()).doesNotContain(planted);
		}
	}

	private RestTestClient.ResponseSpec post(String path, String token, Map<String, String> body) {
		RestTestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.body(body).exchange();
	}

}

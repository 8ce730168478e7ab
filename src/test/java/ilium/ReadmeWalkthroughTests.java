package ilium;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walkthrough is run as written: the bash block between its
 * {@code walkthrough} markers, with curl and jq, against the service with the demo
 * clinic. Any request it makes that the service refuses stops it (curl
 * {@code --fail-with-body} under {@code set -e}), so a change to the API that the README
 * does not follow fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// A context (and demo clinic) of its own: the walkthrough registers a patient,
		// which
		// DemoDataTests, sharing the demo context, would count.
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"spring.application.name=ilium-walkthrough" })
@ActiveProfiles("demo")
@AutoConfigureRestTestClient
@Import(TestDatabaseConfiguration.class)
class ReadmeWalkthroughTests {

	private static final String START = "<!-- walkthrough:start -->\n```bash\n";

	private static final String END = "```\n<!-- walkthrough:end -->";

	@LocalServerPort
	int port;

	@Test
	void theReadmeWalkthroughRunsAsWritten() throws IOException, InterruptedException {
		String readme = Files.readString(Path.of("README.md"));
		String walkthrough = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
		ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", walkthrough)
			.redirectErrorStream(true);
		bash.environment().put("ILIUM", "http://localhost:" + this.port);
		Process run = bash.start();
		boolean ended = run.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			run.destroyForcibly();
		}
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ended).as("walkthrough ended within 2 minutes").isTrue();
		assertThat(run.exitValue()).as(output).isZero();
		assertThat(output).contains("\"disposition\":\"CLEAR_TO_TREAT\"", "\"result\":\"SUPPORTS_SI_JOINT_PAIN\"",
				"\"status\":\"ACTIVE\"", "\"status\":\"SIGNED\"", "\"97110 x1 GP\",\"97140 x1 GP\",\"97162 x1 GP\"",
				"\"instrument\":\"NPRS\"", "\"appointmentsBooked\"", "\"username\":\"frontdesk\"");
	}

}

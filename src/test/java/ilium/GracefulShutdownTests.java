package ilium;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.GracefulShutdownResult;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown ({@code server.shutdown=graceful}): when the service is told to stop,
 * it takes no new requests but finishes the ones in flight. The test stops its web
 * server, so it has an application context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"spring.datasource.hikari.maximum-pool-size=2" })
@Import({ TestDatabaseConfiguration.class, GracefulShutdownTests.SlowEndpoint.class })
@DirtiesContext
class GracefulShutdownTests {

	static final CountDownLatch entered = new CountDownLatch(1);

	static final CountDownLatch release = new CountDownLatch(1);

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void finishesARequestInFlightWhenToldToStop() throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(get("/test-slow"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
			// What the context's shutdown does first: the web server stops gracefully.
			CompletableFuture<GracefulShutdownResult> stopped = new CompletableFuture<>();
			context.getWebServer().shutDownGracefully(stopped::complete);
			await().atMost(Duration.ofSeconds(10)).until(this::refusesNewConnections);
			assertThat(stopped).isNotDone();
			release.countDown();
			HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("finished");
			assertThat(stopped.get(10, TimeUnit.SECONDS)).isEqualTo(GracefulShutdownResult.IDLE);
		}
	}

	private boolean refusesNewConnections() {
		try (HttpClient fresh = HttpClient.newHttpClient()) {
			fresh.send(get("/actuator/health/liveness"), HttpResponse.BodyHandlers.discarding());
			return false;
		}
		catch (IOException ex) {
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.build();
	}

	/**
	 * Registers its member {@link Slow}: an endpoint that waits until the test lets it
	 * go.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowEndpoint {

		@RestController
		static class Slow {

			@GetMapping("/test-slow")
			String slow() throws InterruptedException {
				entered.countDown();
				release.await(20, TimeUnit.SECONDS);
				return "finished";
			}

		}

	}

}

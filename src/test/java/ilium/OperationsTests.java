package ilium;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@HttpTest
class OperationsTests {

	@Autowired
	RestTestClient http;

	@Test
	void healthIsUpWithLivenessAndReadiness() {
		http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void publishesPrometheusMetrics() {
		http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("jvm_memory_used_bytes"));
	}

	@Test
	void publishesTheOpenApiContract() {
		http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists()
			.jsonPath("$.paths['/api/v1/auth/token'].post")
			.exists()
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer");
		http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

}

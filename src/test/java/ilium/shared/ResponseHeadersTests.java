package ilium.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser-facing hardening with the default configuration: no sniffing, no framing, no
 * caching of API answers, and no cross-origin access at all.
 */
@HttpTest
class ResponseHeadersTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Test
	void anApiAnswerIsNeitherSniffedFramedNorStored() {
		HttpHeaders headers = http.get()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders();
		assertHardened(headers);
	}

	@Test
	void errorsWrittenBeforeTheSecurityFiltersAreHardenedToo() {
		assertHardened(http.get()
			.uri("/api/v1/users/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.returnResult()
			.getResponseHeaders());
		assertHardened(http.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("x".repeat(1024 * 1024 + 1))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.returnResult()
			.getResponseHeaders());
	}

	@Test
	void refusesACrossOriginPreflightByDefault() {
		http.method(HttpMethod.OPTIONS)
			.uri("/api/v1/users")
			.header(HttpHeaders.ORIGIN, "https://front.clinic.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesACrossOriginRequestByDefault() {
		http.get()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private static void assertHardened(HttpHeaders headers) {
		assertThat(headers.get("X-Content-Type-Options")).isEqualTo(List.of("nosniff"));
		assertThat(headers.get("X-Frame-Options")).isEqualTo(List.of("DENY"));
		assertThat(headers.get(HttpHeaders.CACHE_CONTROL)).isEqualTo(List.of("no-store"));
	}

}

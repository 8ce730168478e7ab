package ilium.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.ConfiguredHttpTest;
import ilium.Staff;

/**
 * With {@code ilium.cors.allowed-origins} set, the clinic's own front end may call the
 * API from the browser, and only it.
 */
@ConfiguredHttpTest
class CrossOriginTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Test
	void allowsAPreflightFromTheConfiguredOrigin() {
		http.method(HttpMethod.OPTIONS)
			.uri("/api/v1/users")
			.header(HttpHeaders.ORIGIN, ConfiguredHttpTest.FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ConfiguredHttpTest.FRONT_END)
			.expectHeader()
			.valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ".*POST.*");
	}

	@Test
	void letsTheConfiguredOriginReadAnswersAndTheirETags() {
		http.get()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.ORIGIN, ConfiguredHttpTest.FRONT_END)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ConfiguredHttpTest.FRONT_END)
			.expectHeader()
			.valueMatches(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, ".*ETag.*");
	}

	@Test
	void refusesAPreflightFromAnyOtherOrigin() {
		http.method(HttpMethod.OPTIONS)
			.uri("/api/v1/users")
			.header(HttpHeaders.ORIGIN, "https://phishing.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

}

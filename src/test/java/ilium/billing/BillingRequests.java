package ilium.billing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Requests of the billing configuration tests. Bodies are JSON text, so a test sends
 * exactly the number it means ({@code 30.000}, {@code 1e2}).
 */
final class BillingRequests {

	private final RestTestClient http;

	BillingRequests(RestTestClient http) {
		this.http = http;
	}

	RestTestClient.ResponseSpec put(String token, String uri, String json, Object... variables) {
		return http.put()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	RestTestClient.ResponseSpec get(String token, String uri, Object... variables) {
		return http.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	static String bodyOf(RestTestClient.ResponseSpec response) {
		return response.expectBody(String.class).returnResult().getResponseBody();
	}

}

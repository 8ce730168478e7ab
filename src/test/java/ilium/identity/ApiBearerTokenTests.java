package ilium.identity;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApiBearerTokenTests {

	private final ApiBearerToken bearer = new ApiBearerToken();

	@Test
	void readsTheTokenOfAnApiRequestInAnyCaseOfTheScheme() {
		assertThat(this.bearer.resolve(request("/api/v1/patients", "Bearer abc.DEF-1_2~3+4/5==")))
			.isEqualTo("abc.DEF-1_2~3+4/5==");
		assertThat(this.bearer.resolve(request("/api/v1/patients", "bearer abc"))).isEqualTo("abc");
	}

	@Test
	void readsNoTokenOffTheApiOrOnSignInOrUnderAnotherScheme() {
		assertThat(this.bearer.resolve(request("/actuator/health", "Bearer abc"))).isNull();
		assertThat(this.bearer.resolve(request("/api/v1/auth/token", "Bearer abc"))).isNull();
		assertThat(this.bearer.resolve(request("/api/v1/patients", "Basic YWxhZGRpbg=="))).isNull();
		assertThat(this.bearer.resolve(request("/api/v1/patients", null))).isNull();
	}

	@Test
	void refusesAMalformedBearerToken() {
		for (String header : new String[] { "Bearer", "Bearer ", "Bearer ===", "Bearer a b", "Bearer a=b", "Bearer é",
				"Bearerabc" }) {
			assertThatExceptionOfType(OAuth2AuthenticationException.class).as(header)
				.isThrownBy(() -> this.bearer.resolve(request("/api/v1/patients", header)));
		}
	}

	@Test
	void theFirewallRefusesHeaderValuesWithControlOrUnassignedCharacters() {
		assertThat(SecurityConfiguration.assignedAndNotControl("Bearer abc; ünïcode ✓")).isTrue();
		assertThat(SecurityConfiguration.assignedAndNotControl("a\u0000b")).isFalse();
		assertThat(SecurityConfiguration.assignedAndNotControl("a\nb")).isFalse();
		assertThat(SecurityConfiguration.assignedAndNotControl("a\u0085b")).isFalse();
		assertThat(SecurityConfiguration.assignedAndNotControl("a\u0378b")).isFalse();
	}

	private static MockHttpServletRequest request(String path, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}

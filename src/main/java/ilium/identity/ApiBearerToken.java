package ilium.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads a bearer token only where one is needed: on the JSON and FHIR APIs, but not on
 * sign-in or the FHIR CapabilityStatement. A front end that still sends its expired token
 * when it signs in again, or a probe that sends one to the health endpoint, is not
 * refused for a token it did not need.
 * <p>
 * Reads it as Spring Security's {@code DefaultBearerTokenResolver} does (RFC 6750: only
 * the {@code Authorization} header, {@code Bearer} in any case, then the token's
 * characters, else 401 "malformed"), but without its regular expression, which matched
 * each token of several hundred characters anew: a few percent of every API request's
 * CPU.
 */
final class ApiBearerToken implements BearerTokenResolver {

	private static final String SCHEME = "Bearer ";

	/** The FHIR CapabilityStatement, which anyone may read. */
	static final String FHIR_METADATA = "/fhir/r4/metadata";

	private final RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");

	private final RequestMatcher fhir = PathPatternRequestMatcher.pathPattern("/fhir/**");

	private final RequestMatcher metadata = PathPatternRequestMatcher.pathPattern(FHIR_METADATA);

	private final RequestMatcher signIn = PathPatternRequestMatcher.pathPattern("/api/v1/auth/token");

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		boolean guarded = this.api.matches(request) ? !this.signIn.matches(request)
				: this.fhir.matches(request) && !this.metadata.matches(request);
		if (!guarded) {
			return null;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "bearer", 0, 6)) {
			return null;
		}
		if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isToken(header, SCHEME.length())) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}
		return header.substring(SCHEME.length());
	}

	/**
	 * RFC 6750 b64token:
	 * {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}.
	 */
	static boolean isToken(String header, int from) {
		int end = header.length();
		while (end > from && header.charAt(end - 1) == '=') {
			end--;
		}
		if (end == from) {
			return false;
		}
		for (int i = from; i < end; i++) {
			char c = header.charAt(i);
			boolean tokenChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
			if (!tokenChar) {
				return false;
			}
		}
		return true;
	}

}

package ilium.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens whose signature and claims were already verified, so that a client
 * sending the same token request after request pays for parsing it and checking its HMAC
 * once, not every time. A remembered token is used only until its {@code exp} by the
 * system clock, the one the verifier's timestamp check uses (it is then forgotten and
 * verified afresh, which refuses it); a token that fails verification is never
 * remembered. Whether its account may still use it is a separate check on every request
 * ({@link StaffAuthenticationConverter}). At most {@value #MOST} tokens are kept; when
 * that many are, the memory starts over.
 */
final class VerifiedTokens implements JwtDecoder {

	static final int MOST = 10_000;

	private final JwtDecoder verifier;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokens(JwtDecoder verifier) {
		this.verifier = verifier;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.get(token);
		if (known != null) {
			Instant expiresAt = known.getExpiresAt();
			if (expiresAt != null && Instant.now().isBefore(expiresAt)) {
				return known;
			}
			verified.remove(token);
		}
		Jwt jwt = verifier.decode(token);
		if (verified.size() >= MOST) {
			verified.clear();
		}
		verified.put(token, jwt);
		return jwt;
	}

}

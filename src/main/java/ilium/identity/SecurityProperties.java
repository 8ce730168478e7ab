package ilium.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token, lockout and sign-in throttle settings. The signing secret is shared by every
 * instance behind a load balancer, so it comes from configuration
 * ({@code ILIUM_TOKEN_SECRET}) and is required: the service refuses to start without one
 * of at least 32 bytes.
 */
@ConfigurationProperties("ilium.security")
record SecurityProperties(String tokenSecret, @DefaultValue("1h") Duration tokenLifetime,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failedLoginWindow,
		@DefaultValue("15m") Duration lockout, @DefaultValue("20") int maxFailedLoginsPerAddress,
		@DefaultValue("1m") Duration loginThrottleWindow) {

	SecurityProperties {
		if (tokenSecret == null || tokenSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException(
					"ilium.security.token-secret (ILIUM_TOKEN_SECRET) must be set to at least 32 bytes, "
							+ "e.g. the output of: openssl rand -base64 48");
		}
	}

	byte[] secretBytes() {
		return tokenSecret.getBytes(StandardCharsets.UTF_8);
	}

}

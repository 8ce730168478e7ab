package ilium.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token and sign-in throttle settings. The signing secret is shared by every instance
 * behind a load balancer, so it comes from configuration ({@code ILIUM_TOKEN_SECRET}) and
 * is required: the service refuses to start without one of at least 32 bytes.
 *
 * @param maxFailedLoginsPerAddress failures from one client address within
 * {@code loginThrottleWindow} after which that address gets 429
 * @param maxFailedLogins failures at one account from one address within
 * {@code failedLoginWindow} after which that address gets 429 for that account for
 * {@code failedLoginBlock}
 * @param maxFailedLoginsPerAccount failures at one account from all addresses within
 * {@code accountAttackWindow} past which only its known addresses may try it
 * @param knownAddressAge how recently an address must have signed in to an account to be
 * known to it
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose
 * {@code X-Forwarded-For} is believed
 */
@ConfigurationProperties("ilium.security")
record SecurityProperties(String tokenSecret, @DefaultValue("1h") Duration tokenLifetime,
		@DefaultValue("20") int maxFailedLoginsPerAddress, @DefaultValue("1m") Duration loginThrottleWindow,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failedLoginWindow,
		@DefaultValue("15m") Duration failedLoginBlock, @DefaultValue("100") int maxFailedLoginsPerAccount,
		@DefaultValue("1h") Duration accountAttackWindow, @DefaultValue("30d") Duration knownAddressAge,
		@DefaultValue List<String> trustedProxies) {

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

	/** How far back a failure can still matter to any rule: older ones are deleted. */
	Duration longestWindow() {
		Duration pair = failedLoginWindow.plus(failedLoginBlock);
		Duration longest = loginThrottleWindow.compareTo(pair) > 0 ? loginThrottleWindow : pair;
		return longest.compareTo(accountAttackWindow) > 0 ? longest : accountAttackWindow;
	}

}

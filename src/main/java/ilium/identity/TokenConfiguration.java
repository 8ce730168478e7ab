package ilium.identity;

import java.time.Duration;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * HS256 tokens signed with the configured secret: every instance that shares the secret
 * accepts every other instance's tokens. The decoder accepts HS256 only, so unsigned
 * ({@code alg: none}) and otherwise-signed tokens are refused. No clock skew is allowed:
 * the service both issues and checks its tokens, on one clock, so an expired token is
 * refused at once (Spring's default would accept it for another 60 s). A token without
 * {@code exp} is refused.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	static final String ISSUER = "ilium";

	/** The claim naming the account's token generation the token was issued in. */
	static final String GENERATION = "gen";

	@Bean
	JwtEncoder jwtEncoder(SecurityProperties properties) {
		return NimbusJwtEncoder.withSecretKey(key(properties)).algorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		// JwtTimestampValidator checks exp only when a token has one: a token without it
		// would never expire, so it is refused.
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
						new JwtTimestampValidator(Duration.ZERO), new JwtIssuerValidator(ISSUER)));
		return new VerifiedTokens(decoder);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(11);
	}

	private static SecretKey key(SecurityProperties properties) {
		return new SecretKeySpec(properties.secretBytes(), "HmacSHA256");
	}

}

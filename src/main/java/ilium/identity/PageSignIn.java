package ilium.identity;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The pages' sign-in form (WEB.md), checked by the API's own {@link SignIn}: the same
 * throttle, the same timing for every refusal, the same audit lines. The client address
 * is taken from the form's request as the API takes it ({@link ClientAddress}).
 */
@Component
class PageSignIn implements AuthenticationProvider {

	private final SignIn signIn;

	private final ClientAddress addresses;

	PageSignIn(SignIn signIn, ClientAddress addresses) {
		this.signIn = signIn;
		this.addresses = addresses;
	}

	/** What the form's request tells the sign-in besides the credentials. */
	Offered offeredFrom(HttpServletRequest request) {
		return new Offered(addresses.of(request));
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String address = attempt.getDetails() instanceof Offered offered ? offered.clientAddress() : "unknown";
		String password = attempt.getCredentials() instanceof String text ? text : "";
		try {
			return PageAuthentication.of(SignedInAccount.of(signIn.signIn(attempt.getName(), password, address)));
		}
		catch (WrongCredentialsException ex) {
			throw new BadCredentialsException("Wrong username or password");
		}
		catch (TooManyLoginsException ex) {
			throw new Throttled(ex.getHeaders().getFirst("Retry-After"));
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client address a sign-in was offered from. */
	record Offered(String clientAddress) implements Serializable {
	}

	/**
	 * The throttle holds this sign-in back; {@code retryAfterSeconds} as the API's 429
	 * says.
	 */
	static final class Throttled extends AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final String retryAfterSeconds;

		Throttled(String retryAfterSeconds) {
			super("Too many failed sign-ins");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		String retryAfterSeconds() {
			return retryAfterSeconds;
		}

	}

}

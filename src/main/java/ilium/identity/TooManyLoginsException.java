package ilium.identity;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 429 for a failed sign-in from a client address or for a username that failed too often
 * lately (API.md, Errors); {@code Retry-After} says in how many seconds it may try again.
 */
public final class TooManyLoginsException extends ClinicException {

	private TooManyLoginsException(long seconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, IdentityProblems.TOO_MANY_LOGINS, "Too many requests",
				"Too many failed sign-ins; try again in " + seconds + " seconds.");
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

	static TooManyLoginsException retryAfter(Duration wait) {
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() == 0 ? 0 : 1));
		return new TooManyLoginsException(seconds);
	}

}

package ilium.identity;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 401 for credentials that do not sign in, whatever the reason: the same answer for an
 * unknown user, a wrong password and a locked or deactivated account.
 */
public final class WrongCredentialsException extends ClinicException {

	private WrongCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, IdentityProblems.INVALID_CREDENTIALS, "Unauthorized",
				"Wrong username or password.");
	}

	static WrongCredentialsException create() {
		return new WrongCredentialsException();
	}

}

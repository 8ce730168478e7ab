package ilium.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * What a password must be (API.md: at least 12 characters, not guessable, never the
 * username). Not guessable is zxcvbn's score of at least 3 ("safely unguessable": about
 * 10^8 guesses or more), with the username counted as a word an attacker tries first.
 * BCrypt reads only its first 72 bytes and refuses longer input, so a longer password is
 * refused with 400 when set instead of failing at every sign-in.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	static final int MIN_SCORE = 3;

	/**
	 * Hashed in place of a password too long for BCrypt, so refusing it costs the same.
	 */
	static final String TOO_LONG_STAND_IN = "stand-in-for-a-password-too-long";

	/** Loads its dictionaries once (about a second); safe to share between threads. */
	private static final Zxcvbn ZXCVBN = new Zxcvbn();

	private PasswordPolicy() {
	}

	static boolean fitsBcrypt(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	/** Answers why this password may not be set for this username, or null if it may. */
	static @Nullable String problem(String password, String username) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "must be at least " + MIN_LENGTH + " characters";
		}
		if (!fitsBcrypt(password)) {
			return "must be at most " + MAX_BYTES + " bytes in UTF-8";
		}
		if (password.equalsIgnoreCase(username)) {
			return "must not be the username";
		}
		if (ZXCVBN.measure(password, List.of(username)).getScore() < MIN_SCORE) {
			return "is too easy to guess: use a longer phrase of unrelated words";
		}
		return null;
	}

	/** 400 naming {@code password} unless the password may be set for this username. */
	static void require(String password, String username) {
		String problem = problem(password, username);
		if (problem != null) {
			throw ClinicException.badRequest("password", problem);
		}
	}

}

package ilium.identity;

import java.nio.charset.StandardCharsets;

import ilium.shared.ClinicException;

/**
 * What a password must be beyond its length in characters (API.md: at least 12): BCrypt
 * reads only its first 72 bytes and refuses longer input, so a longer password is refused
 * with 400 when set instead of failing at every sign-in.
 */
final class PasswordPolicy {

	static final int MAX_BYTES = 72;

	/**
	 * Hashed in place of a password too long for BCrypt, so refusing it costs the same.
	 */
	static final String TOO_LONG_STAND_IN = "stand-in-for-a-password-too-long";

	private PasswordPolicy() {
	}

	static boolean fitsBcrypt(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	static void requireFitsBcrypt(String password) {
		if (!fitsBcrypt(password)) {
			throw ClinicException.badRequest("password", "must be at most " + MAX_BYTES + " bytes in UTF-8");
		}
	}

}

package ilium.identity;

import ilium.shared.ClinicException;

/**
 * API.md: a username is 3..50 of {@code a-z 0-9 . _ -}; upper-case ASCII letters are
 * folded to lower case and anything else is refused, so no two names look alike (no
 * Cyrillic look-alikes, no right-to-left overrides). PostgreSQL holds the same rule
 * ({@code staff_account_username_format}).
 */
final class Username {

	static final int MIN = 3;

	static final int MAX = 50;

	private Username() {
	}

	/** The name as stored, or 400 naming {@code username}. */
	static String of(String raw) {
		String folded = fold(raw);
		if (folded.length() < MIN || folded.length() > MAX) {
			throw invalid();
		}
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
				throw invalid();
			}
		}
		return folded;
	}

	/**
	 * Upper-case ASCII letters to lower case, nothing else (Java's own lower-casing also
	 * turns the Kelvin sign into a k). What a sign-in's name is looked up and throttled
	 * by.
	 */
	static String fold(String raw) {
		StringBuilder folded = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

	private static ClinicException invalid() {
		return ClinicException.badRequest("username",
				"must be " + MIN + " to " + MAX + " of the characters a-z 0-9 . _ - (upper-case letters are folded)");
	}

}

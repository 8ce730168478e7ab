package ilium.treatment;

import java.util.Locale;
import java.util.regex.Pattern;

import ilium.shared.ClinicException;

/**
 * An ICD-10-CM diagnosis code in its written format: a letter (not U), a digit, a digit
 * or letter, then optionally a dot and one to four digits or letters. For SI joint pain
 * e.g. {@code M53.3} (SI joint dysfunction), {@code M46.1} (sacroiliitis),
 * {@code M53.2X8} (SI instability), {@code S33.6XXA} (SI sprain). Format only: whether
 * the code exists in the current code set is not checked.
 */
record DiagnosisCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

	DiagnosisCode {
		if (!isWellFormed(value)) {
			throw ClinicException.badRequest("diagnosisCode", "must be an ICD-10-CM code such as M53.3");
		}
	}

	/** The code as written, upper-cased, if it is well formed. */
	static DiagnosisCode of(String written) {
		return new DiagnosisCode(written.strip().toUpperCase(Locale.ROOT));
	}

	static boolean isWellFormed(String value) {
		return FORMAT.matcher(value).matches();
	}

}

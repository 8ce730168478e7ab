package ilium.episode;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * The order R8 asks of a certification's dates (EPISODE.md): none before the episode
 * starts; a signature on or after the sending and the verbal order; a verbal order only
 * with VERBAL_THEN_SIGNED. PostgreSQL holds the last two too (V120).
 */
final class CertificationDates {

	private CertificationDates() {
	}

	static void requireOrdered(RecordCertification command) {
		if (command.verbalOn() != null && command.method() != CertificationMethod.VERBAL_THEN_SIGNED) {
			throw ClinicException.badRequest("verbalOn", "is recorded only with the method VERBAL_THEN_SIGNED");
		}
		if (before(command.signedOn(), command.sentOn())) {
			throw ClinicException.badRequest("signedOn", "must not be before sentOn");
		}
		if (before(command.signedOn(), command.verbalOn())) {
			throw ClinicException.badRequest("signedOn", "must not be before verbalOn");
		}
	}

	static void requireNotBefore(RecordCertification command, LocalDate d0) {
		String message = "must not be before the episode start, " + d0;
		if (before(command.sentOn(), d0)) {
			throw ClinicException.badRequest("sentOn", message);
		}
		if (before(command.verbalOn(), d0)) {
			throw ClinicException.badRequest("verbalOn", message);
		}
		if (before(command.signedOn(), d0)) {
			throw ClinicException.badRequest("signedOn", message);
		}
	}

	private static boolean before(@Nullable LocalDate date, @Nullable LocalDate other) {
		return date != null && other != null && date.isBefore(other);
	}

}

package ilium.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import ilium.shared.ClinicException;

/**
 * Clinic-local dates {@code from} to {@code to}, both inclusive (API.md), no longer than
 * a given number of days; 400 naming {@code to} otherwise.
 */
record DateRange(LocalDate from, LocalDate to) {

	static DateRange of(LocalDate from, LocalDate to, int maxDays) {
		if (to.isBefore(from)) {
			throw ClinicException.badRequest("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
			throw ClinicException.badRequest("to", "the range covers at most " + maxDays + " days");
		}
		return new DateRange(from, to);
	}

	/** The first moment of {@code from} in the clinic's zone. */
	Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first moment after {@code to} in the clinic's zone. */
	Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}

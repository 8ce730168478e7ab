package ilium.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * The clinic-local days a report covers, both inclusive (API.md), at most
 * {@value #MAX_DAYS} days so that no report scans years of data by accident.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public static final int MAX_DAYS = 366;

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw ClinicException.badRequest("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw ClinicException.badRequest("to", "must be at most " + MAX_DAYS + " days after from");
		}
	}

	/** The period from request parameters: each is required (400 naming it). */
	public static ReportPeriod of(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null) {
			throw ClinicException.badRequest("from", "is required");
		}
		if (to == null) {
			throw ClinicException.badRequest("to", "is required");
		}
		return new ReportPeriod(from, to);
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

package ilium.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * What an admin looks for in the audit trail: optionally one patient and one staff
 * member, within clinic-local dates {@code from}..{@code to}, both inclusive, at most
 * {@value #MAX_DAYS} days apart so that no search reads the whole trail.
 */
public record AuditSearch(@Nullable UUID patientId, @Nullable UUID userId, LocalDate from, LocalDate to) {

	/** The longest period one search may cover, in days (a leap year, inclusive). */
	public static final int MAX_DAYS = 366;

	public AuditSearch {
		if (from.isAfter(to)) {
			throw ClinicException.badRequest("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw ClinicException.badRequest("to", "must be at most " + MAX_DAYS + " days after from");
		}
	}

	/**
	 * A search with the dates the admin gave; a missing {@code to} is today, a missing
	 * {@code from} is {@value #MAX_DAYS} days up to {@code to}.
	 */
	public static AuditSearch of(@Nullable UUID patientId, @Nullable UUID userId, @Nullable LocalDate from,
			@Nullable LocalDate to, LocalDate today) {
		LocalDate last = to != null ? to : today;
		LocalDate first = from != null ? from : last.minusDays(MAX_DAYS - 1);
		return new AuditSearch(patientId, userId, first, last);
	}

	Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}

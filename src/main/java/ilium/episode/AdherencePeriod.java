package ilium.episode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * The clinic-local days of an adherence read, both inclusive (API.md), at most
 * {@value #MAX_DAYS} days, like an audit search: a missing {@code to} is today, a missing
 * {@code from} is {@value #MAX_DAYS} days up to {@code to}, which covers a whole plan (at
 * most 52 weeks) ending then.
 */
record AdherencePeriod(LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 366;

	AdherencePeriod {
		if (from.isAfter(to)) {
			throw ClinicException.badRequest("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw ClinicException.badRequest("to", "must be at most " + MAX_DAYS + " days after from");
		}
	}

	static AdherencePeriod of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate last = to != null ? to : today;
		return new AdherencePeriod(from != null ? from : last.minusDays(MAX_DAYS - 1), last);
	}

}

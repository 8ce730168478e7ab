package ilium.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * API.md, Conventions: dates and times outside the years 1900..2100 are refused (400)
 * before any other rule looks at them, wherever they come in (JSON bodies, query
 * parameters). Nothing in a clinic happens outside them, and years such as 1 or
 * +1000000000 otherwise reach PostgreSQL (which cannot store the latter) or make nonsense
 * records. An instant counts by its UTC year; a date, or a date-time with an offset, by
 * its own year.
 */
final class SupportedDates {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	static final String MESSAGE = "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR;

	private SupportedDates() {
	}

	/** Whether the value lies in the supported years; values without a year do. */
	static boolean contain(TemporalAccessor value) {
		int year;
		if (value instanceof Instant instant) {
			year = instant.atOffset(ZoneOffset.UTC).getYear();
		}
		else if (value.isSupported(ChronoField.YEAR)) {
			year = value.get(ChronoField.YEAR);
		}
		else {
			return true;
		}
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/** A date parameter outside the supported years. */
	static final class OutOfRangeException extends IllegalArgumentException {

		OutOfRangeException() {
			super(MESSAGE);
		}

	}

}

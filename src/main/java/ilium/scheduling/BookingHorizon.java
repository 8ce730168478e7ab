package ilium.scheduling;

import java.time.Instant;
import java.time.ZoneOffset;

import ilium.shared.ClinicException;

/**
 * API.md, Conventions: a booking (single, series, move) starts at most a year in the past
 * (a walk-in entered afterwards) and two years ahead; further out is a typo or an attack
 * on the diary, refused with 422 {@code outside-booking-horizon}.
 */
final class BookingHorizon {

	private BookingHorizon() {
	}

	static void require(Instant start, Instant now) {
		Instant earliest = now.atOffset(ZoneOffset.UTC).minusYears(1).toInstant();
		Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
		if (start.isBefore(earliest) || start.isAfter(latest)) {
			throw ClinicException.ruleViolated(SchedulingProblems.OUTSIDE_BOOKING_HORIZON,
					"An appointment starts at most a year in the past and two years ahead.");
		}
	}

}

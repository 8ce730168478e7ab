package ilium.therapists;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import ilium.shared.ClinicException;

/**
 * API.md, Therapists: time off ends after it starts, lasts at most 366 days and starts at
 * most a year back and two years ahead, so no entry can make a therapist unbookable for
 * good. The CHECK constraints {@code therapist_time_off_at_most_366_days} and
 * {@code therapist_time_off_starts_near_recording} hold the same bounds in PostgreSQL.
 */
final class TimeOffPolicy {

	static final Duration LONGEST = Duration.ofDays(366);

	private TimeOffPolicy() {
	}

	/** 400 naming the field unless {@code timeOff} may be recorded at {@code now}. */
	static void check(PlanTimeOff timeOff, Instant now) {
		if (!timeOff.start().isBefore(timeOff.end())) {
			throw ClinicException.badRequest("end", "must be after start");
		}
		Instant earliest = now.atOffset(ZoneOffset.UTC).minusYears(1).toInstant();
		Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
		if (timeOff.start().isBefore(earliest) || timeOff.start().isAfter(latest)) {
			throw ClinicException.badRequest("start", "must be at most a year in the past and two years ahead");
		}
		if (Duration.between(timeOff.start(), timeOff.end()).compareTo(LONGEST) > 0) {
			throw ClinicException.badRequest("end", "time off lasts at most 366 days");
		}
	}

	/** The 400 for a bound PostgreSQL refused, or the failure itself. */
	static RuntimeException translated(RuntimeException failure, String constraint) {
		return switch (constraint) {
			case "therapist_time_off_at_most_366_days" ->
				ClinicException.badRequest("end", "time off lasts at most 366 days");
			case "therapist_time_off_starts_near_recording" ->
				ClinicException.badRequest("start", "must be at most a year in the past and two years ahead");
			default -> failure;
		};
	}

}

package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import ilium.shared.ClinicException;
import ilium.shared.SharedProblems;

/**
 * DOMAIN.md, Scheduling: {@code BOOKED → CHECKED_IN → COMPLETED}; {@code BOOKED →
 * CANCELLED}; {@code BOOKED → NO_SHOW}, the last only once the start has passed. A
 * cancellation less than the configured window before the start is late. A check-in is
 * taken from the start of the visit's day on the clinic's calendar (patients arrive
 * early, and a visit not checked in on its day may be checked in later), never on an
 * earlier day: the spec is silent, and a visit checked in days ahead could be charted,
 * signed and billed before it took place.
 */
final class Transitions {

	private Transitions() {
	}

	static boolean allowed(AppointmentStatus from, AppointmentStatus to) {
		return switch (to) {
			case CHECKED_IN, CANCELLED, NO_SHOW -> from == AppointmentStatus.BOOKED;
			case COMPLETED -> from == AppointmentStatus.CHECKED_IN;
			case BOOKED -> false;
		};
	}

	/**
	 * 409 unless the move is allowed; 422 for a no-show before the start or a check-in
	 * before the visit's day in {@code zone}.
	 */
	static void require(AppointmentView appointment, AppointmentStatus to, Instant now, ZoneId zone) {
		if (!allowed(appointment.status(), to)) {
			throw ClinicException.conflict(SharedProblems.ILLEGAL_TRANSITION,
					"An appointment that is " + appointment.status() + " cannot become " + to + ".");
		}
		if (to == AppointmentStatus.NO_SHOW && now.isBefore(appointment.start())) {
			throw ClinicException.ruleViolated(SchedulingProblems.NO_SHOW_BEFORE_START,
					"A patient can only be marked as a no-show once the appointment has started.");
		}
		if (to == AppointmentStatus.CHECKED_IN
				&& LocalDate.ofInstant(now, zone).isBefore(LocalDate.ofInstant(appointment.start(), zone))) {
			throw ClinicException.ruleViolated(SchedulingProblems.CHECK_IN_BEFORE_ITS_DAY,
					"A patient can only be checked in on the day of the visit.");
		}
	}

	static boolean lateCancellation(AppointmentView appointment, Instant now, Duration window) {
		return now.isAfter(appointment.start().minus(window));
	}

}

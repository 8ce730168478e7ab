package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;

import ilium.shared.ClinicException;
import ilium.shared.SharedProblems;

/**
 * DOMAIN.md, Scheduling: {@code BOOKED → CHECKED_IN → COMPLETED}; {@code BOOKED →
 * CANCELLED}; {@code BOOKED → NO_SHOW}, the last only once the start has passed. A
 * cancellation less than the configured window before the start is late.
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

	/** 409 unless the move is allowed; 422 for a no-show before the start. */
	static void require(AppointmentView appointment, AppointmentStatus to, Instant now) {
		if (!allowed(appointment.status(), to)) {
			throw ClinicException.conflict(SharedProblems.ILLEGAL_TRANSITION,
					"An appointment that is " + appointment.status() + " cannot become " + to + ".");
		}
		if (to == AppointmentStatus.NO_SHOW && now.isBefore(appointment.start())) {
			throw ClinicException.ruleViolated(SchedulingProblems.NO_SHOW_BEFORE_START,
					"A patient can only be marked as a no-show once the appointment has started.");
		}
	}

	static boolean lateCancellation(AppointmentView appointment, Instant now, Duration window) {
		return now.isAfter(appointment.start().minus(window));
	}

}

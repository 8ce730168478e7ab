package ilium.scheduling;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistDiary;
import ilium.therapists.WorkingHours;

/**
 * DOMAIN.md, Scheduling: a booking sits inside one interval of the therapist's working
 * hours, read on the clinic's clock on the appointment's own date (so 09:00 stays 09:00
 * when the clocks change; {@link WorkingDay} says what hours spanning the change cover),
 * and outside the therapist's time off. Series, moves and availability check it here; a
 * single booking is checked by PostgreSQL's {@code appointment_within_working_hours}
 * (V88, {@link SingleBooking}), held to the same verdicts by WorkingHoursAgreementTests.
 */
@Component
class WorkingHoursPolicy {

	private final ZoneId zone;

	WorkingHoursPolicy(ClinicProperties clinic) {
		this.zone = clinic.timeZone();
	}

	/**
	 * 422 unless the diary's therapist works during {@code slot} and has no time off in
	 * it; the diary must cover the slot.
	 */
	void requireBookable(TherapistDiary diary, TimeSlot slot) {
		if (!withinHours(diary.hours(), slot)) {
			throw outsideWorkingHours();
		}
		if (diary.offDuring(slot.start(), slot.end())) {
			throw inTimeOff();
		}
	}

	/** 422: the slot is not inside the therapist's working hours. */
	ClinicException outsideWorkingHours() {
		return ClinicException.ruleViolated(SchedulingProblems.OUTSIDE_WORKING_HOURS,
				"The therapist does not work at this time (clinic time zone " + zone.getId() + ").");
	}

	/** 422: the slot overlaps the therapist's time off. */
	static ClinicException inTimeOff() {
		return ClinicException.ruleViolated(SchedulingProblems.THERAPIST_TIME_OFF,
				"The therapist has time off at this time.");
	}

	/**
	 * Whether {@code slot} lies inside one shift of the therapist's working day it starts
	 * on, by the rule availability offers slots by.
	 */
	boolean withinHours(List<WorkingHours> hours, TimeSlot slot) {
		return WorkingDay.of(zone, slot.start().atZone(zone).toLocalDate(), hours).covers(slot);
	}

}

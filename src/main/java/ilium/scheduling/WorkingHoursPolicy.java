package ilium.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistRoster;
import ilium.therapists.WorkingHours;

/**
 * DOMAIN.md, Scheduling: a booking sits inside one interval of the therapist's working
 * hours, read in the clinic's time zone on the appointment's own date (so daylight-saving
 * changes move nothing), and outside the therapist's time off.
 */
@Component
class WorkingHoursPolicy {

	private final TherapistRoster roster;

	private final ZoneId zone;

	WorkingHoursPolicy(TherapistRoster roster, ClinicProperties clinic) {
		this.roster = roster;
		this.zone = clinic.timeZone();
	}

	/** 422 unless the therapist works during {@code slot} and has no time off in it. */
	void requireBookable(UUID therapistId, TimeSlot slot) {
		if (!withinHours(roster.workingHours(therapistId), slot)) {
			throw ClinicException.ruleViolated("outside-working-hours",
					"The therapist does not work at this time (clinic time zone " + zone.getId() + ").");
		}
		if (!roster.timeOffBetween(therapistId, slot.start(), slot.end()).isEmpty()) {
			throw ClinicException.ruleViolated("therapist-time-off", "The therapist has time off at this time.");
		}
	}

	boolean withinHours(List<WorkingHours> hours, TimeSlot slot) {
		ZonedDateTime start = slot.start().atZone(zone);
		ZonedDateTime end = slot.end().atZone(zone);
		if (!start.toLocalDate().equals(end.toLocalDate())) {
			return false;
		}
		return hours.stream()
			.anyMatch(interval -> interval.dayOfWeek() == start.getDayOfWeek()
					&& interval.covers(start.toLocalTime(), end.toLocalTime()));
	}

}

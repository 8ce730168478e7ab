package ilium.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistDiary;
import ilium.therapists.WorkingHours;

/**
 * DOMAIN.md, Scheduling: a booking sits inside one interval of the therapist's working
 * hours, read in the clinic's time zone on the appointment's own date (so daylight-saving
 * changes move nothing), and outside the therapist's time off.
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
			throw ClinicException.ruleViolated("outside-working-hours",
					"The therapist does not work at this time (clinic time zone " + zone.getId() + ").");
		}
		if (diary.offDuring(slot.start(), slot.end())) {
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

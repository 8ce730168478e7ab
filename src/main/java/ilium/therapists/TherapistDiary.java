package ilium.therapists;

import java.time.Instant;
import java.util.List;

import ilium.shared.ClinicException;
import ilium.shared.SharedProblems;

/**
 * What the appointment book reads about a therapist for a stretch of time, in one go: the
 * therapist, the weekly working hours, and the time off (not cancelled) overlapping that
 * stretch.
 */
public record TherapistDiary(TherapistView therapist, List<WorkingHours> hours, List<TimeOffView> timeOff) {

	/** 422 when the therapist has retired and no longer sees patients. */
	public void requireActive() {
		if (!therapist.active()) {
			throw ClinicException.ruleViolated(SharedProblems.THERAPIST_INACTIVE,
					"The therapist no longer sees patients.");
		}
	}

	/**
	 * Whether any time off overlaps {@code [start, end)}; back to back is not
	 * overlapping.
	 */
	public boolean offDuring(Instant start, Instant end) {
		return timeOff.stream().anyMatch(off -> off.start().isBefore(end) && start.isBefore(off.end()));
	}

}

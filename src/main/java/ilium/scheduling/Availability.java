package ilium.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistDiary;
import ilium.therapists.TherapistRoster;

/**
 * Gathers what a therapist's free slots depend on (working hours, appointments that hold
 * time, time off) for {@link FreeSlots} to lay on the grid.
 */
@Component
class Availability {

	private final AppointmentQueries queries;

	private final TherapistRoster therapists;

	private final Clock clock;

	private final ZoneId zone;

	Availability(AppointmentQueries queries, TherapistRoster therapists, Clock clock, ClinicProperties clinic) {
		this.queries = queries;
		this.therapists = therapists;
		this.clock = clock;
		this.zone = clinic.timeZone();
	}

	List<TimeSlot> of(UUID therapistId, DateRange range, int durationMinutes) {
		Instant start = range.start(zone);
		Instant end = range.end(zone);
		TherapistDiary diary = therapists.diary(therapistId, start, end);
		List<TimeSlot> busy = new ArrayList<>(queries.busy(therapistId, start, end));
		diary.timeOff().forEach(timeOff -> busy.add(new TimeSlot(timeOff.start(), timeOff.end())));
		return new FreeSlots(zone, diary.hours(), busy, clock.instant()).between(range.from(), range.to(),
				durationMinutes);
	}

}

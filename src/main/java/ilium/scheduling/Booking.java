package ilium.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.DatabaseConstraint;
import ilium.therapists.TherapistDiary;
import ilium.therapists.TherapistRoster;

/**
 * Puts appointments into the book. Every rule a booking must meet is checked here, and
 * the one that matters most, no overlap, is left to PostgreSQL's exclusion constraints:
 * this class only translates their verdict. Runs inside the transactions of
 * {@link AppointmentBook} and {@link AppointmentChanges}.
 */
@Component
class Booking {

	private final AppointmentRepository appointments;

	private final WorkingHoursPolicy workingHours;

	private final PatientRegistry patients;

	private final TherapistRoster therapists;

	private final Clock clock;

	private final ZoneId zone;

	Booking(AppointmentRepository appointments, WorkingHoursPolicy workingHours, PatientRegistry patients,
			TherapistRoster therapists, Clock clock, ClinicProperties clinic) {
		this.appointments = appointments;
		this.workingHours = workingHours;
		this.patients = patients;
		this.therapists = therapists;
		this.clock = clock;
		this.zone = clinic.timeZone();
	}

	AppointmentView book(UUID id, BookAppointment command) {
		requireFiveMinuteGrid(command.durationMinutes());
		BookingHorizon.require(command.start(), clock.instant());
		NewAppointment appointment = new NewAppointment(id, command.patientId(), command.therapistId(), command.start(),
				command.durationMinutes(), command.type(), command.note(), null, clock.instant());
		TimeSlot slot = new TimeSlot(appointment.start(), appointment.end());
		workingHours.requireBookable(bookable(command.patientId(), command.therapistId(), slot), slot);
		try {
			return appointments.insert(appointment);
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	/** Books every occurrence or, on the first rule broken or any overlap, none. */
	void bookSeries(UUID seriesId, BookSeries command) {
		requireFiveMinuteGrid(command.durationMinutes());
		List<NewAppointment> occurrences = occurrences(seriesId, command);
		BookingHorizon.require(occurrences.getFirst().start(), clock.instant());
		BookingHorizon.require(occurrences.getLast().start(), clock.instant());
		TherapistDiary diary = bookable(command.patientId(), command.therapistId(),
				new TimeSlot(occurrences.getFirst().start(), occurrences.getLast().end()));
		for (NewAppointment occurrence : occurrences) {
			workingHours.requireBookable(diary, new TimeSlot(occurrence.start(), occurrence.end()));
		}
		List<java.time.Instant> conflicting = new ArrayList<>();
		for (NewAppointment occurrence : occurrences) {
			if (!appointments.insertUnlessOverlapping(occurrence)) {
				conflicting.add(occurrence.start());
			}
		}
		if (!conflicting.isEmpty()) {
			throw AppointmentConflictException.inSeries(conflicting);
		}
	}

	/** Moves a booked appointment under the same rules as booking it. */
	void reschedule(AppointmentView current, RescheduleAppointment change) {
		if (current.status() != AppointmentStatus.BOOKED) {
			throw ClinicException.conflict("illegal-transition",
					"Only a booked appointment can be rescheduled; this one is " + current.status() + ".");
		}
		UUID therapistId = change.therapistId() != null ? change.therapistId() : current.therapistId();
		java.time.Instant start = change.start() != null ? change.start() : current.start();
		int duration = change.durationMinutes() != null ? change.durationMinutes() : current.durationMinutes();
		requireFiveMinuteGrid(duration);
		BookingHorizon.require(start, clock.instant());
		TimeSlot slot = new TimeSlot(start, start.plus(Duration.ofMinutes(duration)));
		TherapistDiary diary = therapists.diary(therapistId, slot.start(), slot.end());
		if (!therapistId.equals(current.therapistId())) {
			diary.requireActive();
		}
		workingHours.requireBookable(diary, slot);
		try {
			appointments.move(current.id(), therapistId, start, duration);
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	/**
	 * The series' starts: on the listed weekdays from the day of {@code firstStart}, each
	 * at the clinic-local time of {@code firstStart}, so 09:00 stays 09:00 when the
	 * clocks change.
	 */
	List<NewAppointment> occurrences(UUID seriesId, BookSeries command) {
		ZonedDateTime first = command.firstStart().atZone(zone);
		LocalTime time = first.toLocalTime();
		List<NewAppointment> occurrences = new ArrayList<>();
		for (LocalDate date = first.toLocalDate(); occurrences.size() < command.occurrences(); date = date
			.plusDays(1)) {
			DayOfWeek day = date.getDayOfWeek();
			if (command.weekdays().contains(day)) {
				occurrences.add(new NewAppointment(UUID.randomUUID(), command.patientId(), command.therapistId(),
						ZonedDateTime.of(date, time, zone).toInstant(), command.durationMinutes(), command.type(),
						command.note(), seriesId, clock.instant()));
			}
		}
		return occurrences;
	}

	/**
	 * 404/422 unless both patient and therapist exist and are active; the therapist's
	 * diary over {@code span} for the working-hours rules.
	 */
	private TherapistDiary bookable(UUID patientId, UUID therapistId, TimeSlot span) {
		patients.requireActive(patientId);
		TherapistDiary diary = therapists.diary(therapistId, span.start(), span.end());
		diary.requireActive();
		return diary;
	}

	static void requireFiveMinuteGrid(int durationMinutes) {
		if (durationMinutes < 15 || durationMinutes > 180 || durationMinutes % 5 != 0) {
			throw ClinicException.badRequest("durationMinutes", "must be between 15 and 180 and a multiple of 5");
		}
	}

	private static RuntimeException translated(DataIntegrityViolationException ex) {
		if (DatabaseConstraint.is(ex, "appointment_no_double_booking_therapist")) {
			return AppointmentConflictException.therapistBusy();
		}
		if (DatabaseConstraint.is(ex, "appointment_no_double_booking_patient")) {
			return AppointmentConflictException.patientBusy();
		}
		// API.md: a note is always its appointment's therapist's. The visits module's key
		// refuses the move; scheduling knows only its name, never the note.
		if (DatabaseConstraint.is(ex, "visit_note_by_the_appointments_therapist")) {
			return ClinicException.conflict("visit-note-exists",
					"This appointment already has a visit note by its therapist; it cannot move to another therapist.");
		}
		return ex;
	}

}

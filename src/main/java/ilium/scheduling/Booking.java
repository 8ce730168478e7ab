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

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.SharedProblems;
import ilium.therapists.TherapistDiary;
import ilium.therapists.TherapistRoster;

/**
 * Puts appointments into the book. Every rule a booking must meet is checked here, and
 * the one that matters most, no overlap, is left to PostgreSQL's exclusion constraints:
 * this class only translates their verdict. A single booking is checked and stored by
 * PostgreSQL in one call ({@link SingleBooking}), outside any transaction; series and
 * moves run inside the transactions of {@link AppointmentBook} and
 * {@link AppointmentChanges}. Every refusal PostgreSQL names becomes its problem here.
 */
@Component
class Booking {

	private final AppointmentRepository appointments;

	private final SingleBooking single;

	private final WorkingHoursPolicy workingHours;

	private final PatientRegistry patients;

	private final TherapistRoster therapists;

	private final Clock clock;

	private final ZoneId zone;

	Booking(AppointmentRepository appointments, SingleBooking single, WorkingHoursPolicy workingHours,
			PatientRegistry patients, TherapistRoster therapists, Clock clock, ClinicProperties clinic) {
		this.appointments = appointments;
		this.single = single;
		this.workingHours = workingHours;
		this.patients = patients;
		this.therapists = therapists;
		this.clock = clock;
		this.zone = clinic.timeZone();
	}

	/**
	 * Books one appointment for the signed-in staff member in one statement; with a
	 * {@code claim} a retry answers the appointment the key booked first.
	 */
	AppointmentView book(UUID id, BookAppointment command, IdempotencyKeys.@Nullable Claim claim) {
		requireFiveMinuteGrid(command.durationMinutes());
		BookingHorizon.require(command.start(), clock.instant());
		NewAppointment appointment = new NewAppointment(id, command.patientId(), command.therapistId(), command.start(),
				command.durationMinutes(), command.type(), command.note(), null, clock.instant());
		try {
			return single.book(appointment, CurrentStaff.require(), zone, claim);
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
			throw ClinicException.conflict(SharedProblems.ILLEGAL_TRANSITION,
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

	/**
	 * The problem for the rule PostgreSQL names: the exclusion constraints, the visits
	 * module's key, and the refusals of {@code book_appointment}, each answered exactly
	 * as the Java check of the same rule answers it.
	 */
	private RuntimeException translated(DataIntegrityViolationException ex) {
		return switch (DatabaseConstraint.violatedBy(ex).orElse("")) {
			case "appointment_no_double_booking_therapist" -> AppointmentConflictException.therapistBusy();
			case "appointment_no_double_booking_patient" -> AppointmentConflictException.patientBusy();
			// API.md: a note is always its appointment's therapist's. The visits module's
			// key refuses the move; scheduling knows only its name, never the note.
			case "visit_note_by_the_appointments_therapist" -> ClinicException.conflict(
					SharedProblems.VISIT_NOTE_EXISTS,
					"This appointment already has a visit note by its therapist; it cannot move to another therapist.");
			case "appointment_idempotency_key_same_request" -> IdempotencyKeys.reused();
			case "appointment_patient_fk" -> ClinicException.notFound("patient");
			// as PatientRegistry.requireActive and TherapistDiary.requireActive answer
			case "appointment_patient_active" ->
				ClinicException.ruleViolated(SharedProblems.PATIENT_ARCHIVED, "The patient is archived.");
			case "appointment_therapist_fk" -> ClinicException.notFound("therapist");
			case "appointment_therapist_active" -> ClinicException.ruleViolated(SharedProblems.THERAPIST_INACTIVE,
					"The therapist no longer sees patients.");
			case "appointment_within_working_hours" -> workingHours.outsideWorkingHours();
			case "appointment_outside_time_off" -> WorkingHoursPolicy.inTimeOff();
			default -> ex;
		};
	}

}

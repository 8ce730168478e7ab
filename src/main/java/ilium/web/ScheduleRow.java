package ilium.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import ilium.patients.PatientView;
import ilium.scheduling.AppointmentStatus;
import ilium.scheduling.AppointmentView;
import ilium.therapists.TherapistView;

/**
 * One appointment of the day as the schedule shows it: clinic-local times, the patient's
 * and the therapist's names, and whether the desk can still check it in, mark a no-show
 * or cancel it.
 */
record ScheduleRow(AppointmentView appointment, String start, String end, String patient, String therapist, String type,
		String status, boolean booked) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static ScheduleRow of(AppointmentView appointment, @Nullable PatientView patient, @Nullable TherapistView therapist,
			ZoneId zone) {
		return new ScheduleRow(appointment, time(appointment.start(), zone), time(appointment.end(), zone),
				patient == null ? "—" : patient.firstName() + " " + patient.lastName(),
				therapist == null ? "—" : therapist.firstName() + " " + therapist.lastName(),
				Words.CLINIC.of(appointment.type()), Words.CLINIC.of(appointment.status()),
				// Check in, no-show and cancel start from BOOKED only (DOMAIN.md); the
				// book decides.
				appointment.status() == AppointmentStatus.BOOKED);
	}

	static String time(Instant moment, ZoneId zone) {
		return TIME.format(moment.atZone(zone));
	}

}

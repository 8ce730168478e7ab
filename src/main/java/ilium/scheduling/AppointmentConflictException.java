package ilium.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 409: the time overlaps another non-cancelled appointment of the same therapist or the
 * same patient. PostgreSQL's exclusion constraints decide; this only names the outcome.
 */
public final class AppointmentConflictException extends ClinicException {

	private AppointmentConflictException(String detail, Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, SchedulingProblems.APPOINTMENT_CONFLICT, "Appointment conflict", detail, properties);
	}

	public static AppointmentConflictException therapistBusy() {
		return new AppointmentConflictException("The therapist already has an appointment at this time.", Map.of());
	}

	public static AppointmentConflictException patientBusy() {
		return new AppointmentConflictException("The patient already has an appointment at this time.", Map.of());
	}

	/**
	 * A series of which these occurrences overlap other appointments; nothing was booked.
	 */
	public static AppointmentConflictException inSeries(List<Instant> conflictingStarts) {
		return new AppointmentConflictException("Some occurrences overlap other appointments; nothing was booked.",
				Map.of("conflictingStarts", conflictingStarts));
	}

}

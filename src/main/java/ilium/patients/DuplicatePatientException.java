package ilium.patients;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 409: an active patient with the same names (ignoring case) and date of birth is already
 * registered. The answer names that patient, so the desk opens the existing record
 * instead.
 */
public final class DuplicatePatientException extends ClinicException {

	private DuplicatePatientException(Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, PatientsProblems.DUPLICATE_PATIENT, "Duplicate patient",
				"An active patient with the same names and date of birth is already registered.", properties);
	}

	public static DuplicatePatientException of(UUID existingPatientId) {
		return new DuplicatePatientException(Map.of("existingPatientId", existingPatientId));
	}

	/**
	 * A duplicate caught by the database itself, in a race the pre-check could not see.
	 */
	public static DuplicatePatientException unnamed() {
		return new DuplicatePatientException(Map.of());
	}

}

package ilium.patients;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a structured patient search asks for (the FHIR {@code Patient} search): any of the
 * patient's id, part of a name (as {@link PatientSearch} matches names) and the date of
 * birth; every given criterion must match, and none given matches every patient. Archived
 * patients are included.
 */
public record PatientCriteria(@Nullable UUID id, @Nullable String name, @Nullable LocalDate birthDate) {

	public PatientCriteria {
		name = name == null || name.isBlank() ? null : name.strip();
	}

}

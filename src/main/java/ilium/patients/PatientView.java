package ilium.patients;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A patient's demographics as clients see them; {@code version} is also the ETag.
 */
public record PatientView(UUID id, String firstName, String lastName, LocalDate dateOfBirth, @Nullable Sex sex,
		@Nullable String phone, @Nullable String email, @Nullable String addressLine, @Nullable String city,
		@Nullable String postalCode, @Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
		boolean active, long version) {

	RegisterPatient details() {
		return new RegisterPatient(firstName, lastName, dateOfBirth, sex, phone, email, addressLine, city, postalCode,
				emergencyContactName, emergencyContactPhone);
	}

}

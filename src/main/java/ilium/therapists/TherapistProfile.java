package ilium.therapists;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Npi;

/**
 * What an admin's merge patch of a therapist edits; {@code active:false} retires a
 * therapist (no new bookings) without removing anything.
 */
record TherapistProfile(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotBlank @Size(max = 100) String licenseNumber, @Nullable @Email @Size(max = 200) String email,
		@Nullable @Size(max = 200) String phone, @Nullable @Npi String npi, @NotNull Boolean active) {

	TherapistProfile {
		firstName = Text.trimmed(firstName);
		lastName = Text.trimmed(lastName);
		licenseNumber = Text.trimmed(licenseNumber);
		email = Text.trimmed(email);
		phone = Text.trimmed(phone);
		npi = Text.trimmed(npi);
	}

}

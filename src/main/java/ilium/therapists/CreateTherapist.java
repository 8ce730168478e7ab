package ilium.therapists;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Npi;

/**
 * A new therapist's profile. The license number is unique across the clinic, and so is
 * the optional NPI (National Provider Identifier, valid by its check digit).
 */
public record CreateTherapist(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotBlank @Size(max = 100) String licenseNumber, @Nullable @Email @Size(max = 200) String email,
		@Nullable @Size(max = 200) String phone, @Nullable @Npi String npi) {

	public CreateTherapist {
		firstName = Text.trimmed(firstName);
		lastName = Text.trimmed(lastName);
		licenseNumber = Text.trimmed(licenseNumber);
		email = Text.trimmed(email);
		phone = Text.trimmed(phone);
		npi = Text.trimmed(npi);
	}

}

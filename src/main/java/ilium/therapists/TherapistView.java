package ilium.therapists;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A therapist's profile; {@code npi} is the National Provider Identifier, when known;
 * {@code version} is also the ETag.
 */
public record TherapistView(UUID id, String firstName, String lastName, String licenseNumber, @Nullable String email,
		@Nullable String phone, @Nullable String npi, boolean active, long version) {

	TherapistProfile profile() {
		return new TherapistProfile(firstName, lastName, licenseNumber, email, phone, npi, active);
	}

}

package ilium.patients;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A patient's demographics: the body of a registration and what a merge patch edits. Text
 * is trimmed and a blank optional field counts as absent, so a stray space typed at the
 * desk never becomes data.
 */
public record RegisterPatient(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotNull @PastOrPresent LocalDate dateOfBirth, @Nullable Sex sex, @Nullable @Size(max = 200) String phone,
		@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 200) String addressLine,
		@Nullable @Size(max = 200) String city, @Nullable @Size(max = 200) String postalCode,
		@Nullable @Size(max = 100) String emergencyContactName,
		@Nullable @Size(max = 200) String emergencyContactPhone) {

	/**
	 * The earliest date of birth the schema accepts (a typo guard, not a rule of nature).
	 */
	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

	public RegisterPatient {
		firstName = trimmed(firstName);
		lastName = trimmed(lastName);
		phone = trimmed(phone);
		email = trimmed(email);
		addressLine = trimmed(addressLine);
		city = trimmed(city);
		postalCode = trimmed(postalCode);
		emergencyContactName = trimmed(emergencyContactName);
		emergencyContactPhone = trimmed(emergencyContactPhone);
	}

	private static @Nullable String trimmed(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

}

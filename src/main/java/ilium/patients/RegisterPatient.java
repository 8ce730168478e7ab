package ilium.patients;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A patient's demographics: the body of a registration and what a merge patch edits. Text
 * is trimmed and a blank optional field counts as absent, so a stray space typed at the
 * desk never becomes data.
 */
public record RegisterPatient(
		@NotBlank @Size(max = 100) @Pattern(regexp = VISIBLE, message = INVISIBLE) String firstName,
		@NotBlank @Size(max = 100) @Pattern(regexp = VISIBLE, message = INVISIBLE) String lastName,
		@NotNull @PastOrPresent LocalDate dateOfBirth, @Nullable Sex sex, @Nullable @Size(max = 200) String phone,
		@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 200) String addressLine,
		@Nullable @Size(max = 200) String city, @Nullable @Size(max = 200) String postalCode,
		@Nullable @Size(max = 100) String emergencyContactName,
		@Nullable @Size(max = 200) String emergencyContactPhone) {

	/**
	 * The earliest date of birth the schema accepts (a typo guard, not a rule of nature).
	 */
	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

	/**
	 * A name without control characters or invisible formatting characters (soft hyphen,
	 * zero-width spaces and joiners, bidirectional controls, byte-order mark): with one,
	 * two records look the same on every screen and the duplicate guard, which compares
	 * what is stored, would let a patient be registered twice (V132 holds the same set).
	 */
	static final String VISIBLE = "[^\\p{Cc}\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]*";

	static final String INVISIBLE = "must not contain control or invisible characters";

	public RegisterPatient {
		firstName = name(firstName);
		lastName = name(lastName);
		phone = trimmed(phone);
		email = trimmed(email);
		addressLine = trimmed(addressLine);
		city = trimmed(city);
		postalCode = trimmed(postalCode);
		emergencyContactName = trimmed(emergencyContactName);
		emergencyContactPhone = trimmed(emergencyContactPhone);
	}

	/**
	 * A name trimmed, each run of spaces of any kind (a no-break space) one plain space.
	 */
	private static @Nullable String name(@Nullable String value) {
		return value == null ? null : trimmed(SPACES.matcher(value).replaceAll(" "));
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Zs}]+");

	private static @Nullable String trimmed(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

}

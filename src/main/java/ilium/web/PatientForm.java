package ilium.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ilium.patients.RegisterPatient;
import ilium.patients.Sex;

/**
 * The registration form as typed: every field text, so what was typed comes back on the
 * page beside its error. {@link #command} makes it the API's own {@link RegisterPatient},
 * whose rules decide; only the two fields a browser sends as text it cannot read as
 * values (a date, a choice) are checked here.
 */
record PatientForm(@Nullable String firstName, @Nullable String lastName, @Nullable String dateOfBirth,
		@Nullable String sex, @Nullable String phone, @Nullable String email, @Nullable String addressLine,
		@Nullable String city, @Nullable String postalCode, @Nullable String emergencyContactName,
		@Nullable String emergencyContactPhone) {

	static PatientForm empty() {
		return new PatientForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The command, or {@code null} after adding to {@code errors} what cannot be read.
	 */
	@Nullable RegisterPatient command(Map<String, String> errors) {
		LocalDate born = null;
		if (dateOfBirth != null && !dateOfBirth.isBlank()) {
			try {
				born = LocalDate.parse(dateOfBirth.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("dateOfBirth", "Enter the date as YYYY-MM-DD, e.g. 1980-02-03.");
			}
		}
		Sex chosen = null;
		if (sex != null && !sex.isBlank()) {
			try {
				chosen = Sex.valueOf(sex.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("sex", "Choose one from the list.");
			}
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new RegisterPatient(firstName, lastName, born, chosen, phone, email, addressLine, city, postalCode,
				emergencyContactName, emergencyContactPhone);
	}

}

package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Records a physician's clearance of a referral screening (DOMAIN.md): the physician, an
 * optional NPI (10 digits with a valid check digit), and the day of the clearance, which
 * lies between the screening's day and today.
 */
public record ClearScreening(@NotBlank @Size(max = 200) String clearedBy,
		@Nullable @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String clearedByNpi,
		@NotNull LocalDate clearedOn, @Nullable @Size(max = 10000) String note) {

	/**
	 * Whether the NPI's last digit is its check digit: the Luhn formula over
	 * {@code 80840} followed by the first nine digits (CMS, NPI check digit).
	 */
	static boolean npiCheckDigitValid(String npi) {
		String digits = "80840" + npi;
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			int weighted = i % 2 == 1 ? digit * 2 : digit;
			sum += weighted > 9 ? weighted - 9 : weighted;
		}
		return sum % 10 == 0;
	}

}

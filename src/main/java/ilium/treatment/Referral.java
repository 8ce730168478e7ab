package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ilium.shared.Npi;

/**
 * The referring practitioner's order behind a plan of care (EPISODE.md "Data"): who
 * ordered, their NPI, the order's date, and whether the order is on file (R8's referral
 * exception needs it).
 */
public record Referral(@NotBlank @Size(max = 200) String practitionerName, @NotNull @Npi String npi,
		@NotNull LocalDate orderDate, @NotNull Boolean orderOnFile) {

	public Referral {
		practitionerName = practitionerName == null ? null : practitionerName.strip();
	}

}

package ilium.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Npi;

/**
 * Records a physician's clearance of a referral screening (DOMAIN.md): the physician, an
 * optional NPI (10 digits with a valid check digit), and the day of the clearance, which
 * lies between the screening's day and today.
 */
public record ClearScreening(@NotBlank @Size(max = 200) String clearedBy, @Nullable @Npi String clearedByNpi,
		@NotNull LocalDate clearedOn, @Nullable @Size(max = 10000) String note) {
}

package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Records a physician's clearance of a referral screening.
 */
public record ClearScreening(@NotBlank @Size(max = 200) String clearedBy, @NotNull LocalDate clearedOn,
		@Nullable @Size(max = 10000) String note) {
}

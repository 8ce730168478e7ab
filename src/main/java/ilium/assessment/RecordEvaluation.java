package ilium.assessment;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * An SI joint evaluation as the therapist enters it; the cluster is computed.
 */
public record RecordEvaluation(@NotNull @Valid ProvocationTests provocationTests, @Nullable @Valid Aslr aslr,
		@Nullable Boolean aslrEasierWithCompression, @Nullable JointMobility jointMobility, @Nullable PainSide painSide,
		@Nullable @Range(min = 0, max = 10) Integer nprs, @Nullable @Size(max = 10000) String findings,
		@Nullable UUID appointmentId) {

	/**
	 * DOMAIN.md: {@code aslrEasierWithCompression} true needs a positive ASLR (left +
	 * right at least 1) in the same evaluation.
	 */
	boolean claimsCompressionEaseWithoutPositiveAslr() {
		return Boolean.TRUE.equals(aslrEasierWithCompression) && (aslr == null || !aslr.view().positive());
	}

}

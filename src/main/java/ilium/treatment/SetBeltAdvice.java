package ilium.treatment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * The therapist's belt advice, overriding what the belt rule filled in; a recommendation
 * needs a reason.
 */
public record SetBeltAdvice(@NotNull Boolean recommended, @Nullable BeltReason reason,
		@Nullable @Size(max = 10000) String wearingInstructions,
		@Nullable @Range(min = 1, max = 52) Integer reviewAfterWeeks) {

	BeltAdvice advice() {
		if (recommended && reason == null) {
			throw ClinicException.badRequest("reason", "is required when a belt is recommended");
		}
		return new BeltAdvice(recommended, reason, wearingInstructions, reviewAfterWeeks, BeltAdviceSource.THERAPIST);
	}

}

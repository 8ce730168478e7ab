package ilium.therapists;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Time off for a therapist from {@code start} to {@code end} (moments, ISO-8601).
 */
public record PlanTimeOff(@NotNull Instant start, @NotNull Instant end, @Nullable @Size(max = 200) String reason) {

	public PlanTimeOff {
		reason = Text.trimmed(reason);
	}

}

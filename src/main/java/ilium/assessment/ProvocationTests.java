package ilium.assessment;

import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;

/**
 * The five SI joint provocation tests of the Laslett cluster; each is required.
 */
public record ProvocationTests(@NotNull ProvocationResult distraction, @NotNull ProvocationResult thighThrust,
		@NotNull ProvocationResult compression, @NotNull ProvocationResult sacralThrust,
		@NotNull ProvocationResult gaenslen) {

	Stream<ProvocationResult> all() {
		return Stream.of(distraction, thighThrust, compression, sacralThrust, gaenslen);
	}

	/** The four tests that decide the cluster result (DOMAIN.md). */
	Stream<ProvocationResult> allButGaenslen() {
		return Stream.of(distraction, thighThrust, compression, sacralThrust);
	}

}

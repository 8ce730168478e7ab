package ilium.exercises;

import jakarta.validation.constraints.NotNull;

/**
 * Manual therapy a protocol suggests: a technique on a region.
 */
public record ManualTherapySuggestion(@NotNull ManualTherapyTechnique technique, @NotNull TreatmentRegion region) {
}

package ilium.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Stops a plan before its end; the reason is kept.
 */
public record DiscontinuePlan(@NotBlank @Size(max = 200) String reason) {
}

package ilium.outcomes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Marks a measure entered in error: the body of {@code POST
 * /api/v1/patients/{id}/outcomes/{oid}/entered-in-error}. The reason is kept with the
 * measure for good.
 */
public record MarkEnteredInError(@NotBlank @Size(max = 200) String reason) {
}

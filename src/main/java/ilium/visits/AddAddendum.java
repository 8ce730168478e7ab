package ilium.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Adds a correction or late entry to a signed visit note; the note itself never changes.
 *
 * @param text the addendum (≤ 10 000 characters)
 */
public record AddAddendum(@NotBlank @Size(max = 10_000) String text) {
}

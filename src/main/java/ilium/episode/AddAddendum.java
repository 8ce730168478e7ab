package ilium.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An addendum to a signed progress report or discharge summary, by its author. */
public record AddAddendum(@NotBlank @Size(max = 10000) String text) {
}

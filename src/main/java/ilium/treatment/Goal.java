package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A goal given at plan creation, optionally with the date it should be reached by. It
 * becomes a {@code LONG_TERM} goal ({@code LTG1}, {@code LTG2}… in the order given); its
 * measure is added through the goal endpoints.
 */
public record Goal(@NotBlank @Size(max = 1000) String description, @Nullable LocalDate targetDate) {
}

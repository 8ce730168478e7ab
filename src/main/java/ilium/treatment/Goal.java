package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A goal of a treatment plan, optionally with the date it should be reached by.
 */
public record Goal(@NotBlank @Size(max = 10000) String description, @Nullable LocalDate targetDate) {
}

package ilium.outcomes;

import tools.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One activity the patient named on the PSFS and how well they can do it, 0 (unable) to
 * 10 (as before the problem).
 */
public record PsfsActivity(@NotBlank @Size(max = 200) String name,
		@JsonDeserialize(using = StrictAnswers.WholeNumber.class) @NotNull @Min(0) @Max(10) Integer score) {
}

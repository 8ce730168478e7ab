package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a JSON merge patch of a goal edits (not its term, id or status); the result is a
 * measurable goal like one added (measure and target date required).
 */
record ChangeGoal(@NotBlank @Size(max = 1000) String description, @NotNull @Valid @Nullable GoalMeasure measure,
		@NotNull @Nullable LocalDate targetDate) {

	ChangeGoal {
		description = description == null ? null : description.strip();
	}

}

package ilium.treatment;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a measurable goal to a plan (EPISODE.md "Goal"): its term, what it is, how it is
 * measured and the date it should be reached by, within the plan.
 */
public record AddGoal(@NotNull GoalTerm term, @NotBlank @Size(max = 1000) String description,
		@NotNull @Valid GoalMeasure measure, @NotNull LocalDate targetDate) {

	public AddGoal {
		description = description == null ? null : description.strip();
	}

}

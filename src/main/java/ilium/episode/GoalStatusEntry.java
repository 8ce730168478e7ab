package ilium.episode;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.treatment.GoalStatus;

/**
 * The status a goal takes in a progress report or the discharge summary, with its
 * {@code current} value in the unit of its measure.
 */
public record GoalStatusEntry(@NotBlank @Size(max = 10) String goalId, @NotNull GoalStatus status,
		@Digits(integer = 8, fraction = 2) @Nullable BigDecimal current) {
}

package ilium.treatment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

/**
 * A merge patch of a prescription's dose: fields left out (or null) keep their value.
 */
public record ChangeDose(@Nullable @Range(min = 1, max = 10) Integer sets,
		@Nullable @Range(min = 1, max = 50) Integer reps, @Nullable @Range(min = 0, max = 300) Integer holdSeconds,
		@Nullable @Range(min = 1, max = 5) Integer timesPerDay, @Nullable @Range(min = 1, max = 7) Integer daysPerWeek,
		@Nullable ExerciseSide side, @Nullable @Valid Progression progression,
		@Nullable @Size(max = 10000) String instructions) {
}

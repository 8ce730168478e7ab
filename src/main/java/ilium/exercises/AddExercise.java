package ilium.exercises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * Adds an exercise to the library. Dose fields left out take the library's plain default:
 * 1 set of 10 repetitions, no hold, once a day, 7 days a week, both sides.
 */
public record AddExercise(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 10000) String instructions,
		@Nullable @Range(min = 1, max = 10) Integer sets, @Nullable @Range(min = 1, max = 50) Integer reps,
		@Nullable @Range(min = 0, max = 300) Integer holdSeconds,
		@Nullable @Range(min = 1, max = 5) Integer timesPerDay, @Nullable @Range(min = 1, max = 7) Integer daysPerWeek,
		@Nullable ExerciseSide side, @Nullable @Valid Progression progression) {

	static final Dosage PLAIN_DEFAULT = new Dosage(1, 10, 0, 1, 7, ExerciseSide.BOTH, null);

	Dosage dosage() {
		return PLAIN_DEFAULT.with(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

}

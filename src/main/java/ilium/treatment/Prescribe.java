package ilium.treatment;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import ilium.exercises.Dosage;
import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

/**
 * Prescribes a home exercise with its full dose (DOMAIN.md bounds).
 */
public record Prescribe(@NotNull UUID exerciseId, @NotNull @Range(min = 1, max = 10) Integer sets,
		@NotNull @Range(min = 1, max = 50) Integer reps, @NotNull @Range(min = 0, max = 300) Integer holdSeconds,
		@NotNull @Range(min = 1, max = 5) Integer timesPerDay, @NotNull @Range(min = 1, max = 7) Integer daysPerWeek,
		@NotNull ExerciseSide side, @Nullable @Valid Progression progression,
		@Nullable @Size(max = 10000) String instructions) {

	Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

}

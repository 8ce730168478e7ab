package ilium.exercises;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A library exercise with its default dose, in the same fields as a prescription.
 */
public record ExerciseView(UUID id, String name, @Nullable String instructions, int sets, int reps, int holdSeconds,
		int timesPerDay, int daysPerWeek, ExerciseSide side, @Nullable Progression progression) {

	/** The default dose. */
	public Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

	static ExerciseView of(UUID id, String name, @Nullable String instructions, Dosage dose) {
		return new ExerciseView(id, name, instructions, dose.sets(), dose.reps(), dose.holdSeconds(),
				dose.timesPerDay(), dose.daysPerWeek(), dose.side(), dose.progression());
	}

}

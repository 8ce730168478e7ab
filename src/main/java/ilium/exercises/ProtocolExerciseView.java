package ilium.exercises;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One exercise of a protocol version with its dose (the exercise's default where the
 * protocol set none).
 */
public record ProtocolExerciseView(UUID exerciseId, String name, int sets, int reps, int holdSeconds, int timesPerDay,
		int daysPerWeek, ExerciseSide side, @Nullable Progression progression, @Nullable String instructions) {

	/** The dose this protocol prescribes. */
	public Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

	static ProtocolExerciseView of(UUID exerciseId, String name, Dosage dose, @Nullable String instructions) {
		return new ProtocolExerciseView(exerciseId, name, dose.sets(), dose.reps(), dose.holdSeconds(),
				dose.timesPerDay(), dose.daysPerWeek(), dose.side(), dose.progression(), instructions);
	}

}

package ilium.treatment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.exercises.Dosage;
import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

/**
 * A home exercise prescription: its current dose (in force since {@code since}), whether
 * it is still active, and its earlier doses, oldest first.
 */
public record PrescriptionView(UUID id, UUID planId, UUID exerciseId, String exerciseName, int sets, int reps,
		int holdSeconds, int timesPerDay, int daysPerWeek, ExerciseSide side, @Nullable Progression progression,
		@Nullable String instructions, LocalDate since, boolean active, List<DoseRecord> history) {

	Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

	/**
	 * The exercise as done on {@code on}: the latest dose in force by then (before the
	 * first dose began, the first dose), its hold progressed by the days since that dose
	 * began.
	 */
	HomeProgramView.Exercise on(LocalDate on, @Nullable String libraryInstructions) {
		Dosage dose = dosage();
		LocalDate doseSince = since;
		String doseInstructions = instructions;
		for (int i = history.size() - 1; i >= 0 && doseSince.isAfter(on); i--) {
			DoseRecord earlier = history.get(i);
			dose = earlier.dosage();
			doseSince = earlier.since();
			doseInstructions = earlier.instructions();
		}
		int hold = dose.holdSecondsAfter(ChronoUnit.DAYS.between(doseSince, on));
		return new HomeProgramView.Exercise(id, exerciseId, exerciseName,
				doseInstructions != null ? doseInstructions : libraryInstructions, dose.sets(), dose.reps(), hold,
				dose.timesPerDay(), dose.daysPerWeek(), dose.side());
	}

}

package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.exercises.Dosage;
import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

/**
 * A home exercise prescription: its current dose, whose progression counts from
 * {@code since}, the clinic-local day it was prescribed, whether it is still active (and
 * when it stopped), and its earlier doses, oldest first.
 */
public record PrescriptionView(UUID id, UUID planId, UUID exerciseId, String exerciseName, int sets, int reps,
		int holdSeconds, int timesPerDay, int daysPerWeek, ExerciseSide side, @Nullable Progression progression,
		@Nullable String instructions, LocalDate since, LocalDate prescribedOn, boolean active,
		@Nullable Instant stoppedAt, List<DoseRecord> history) {

	Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

	/**
	 * The exercise as done on {@code day} (DOMAIN.md): nothing before the day it was
	 * prescribed or from the day it stopped; else the dose in force that day, its hold
	 * progressed by the days since that hold was set. A dose is in force from the
	 * clinic-local day it was set until the day it was replaced.
	 */
	Optional<HomeProgramView.Exercise> on(LocalDate day, ZoneId zone, @Nullable String libraryInstructions) {
		if (day.isBefore(prescribedOn) || (stoppedAt != null && !day.isBefore(localDay(stoppedAt, zone)))) {
			return Optional.empty();
		}
		Dosage dose = dosage();
		LocalDate holdSince = since;
		String doseInstructions = instructions;
		for (int i = history.size() - 1; i >= 0 && day.isBefore(localDay(history.get(i).changedAt(), zone)); i--) {
			DoseRecord earlier = history.get(i);
			dose = earlier.dosage();
			holdSince = earlier.since();
			doseInstructions = earlier.instructions();
		}
		int hold = dose.holdSecondsAfter(ChronoUnit.DAYS.between(holdSince, day));
		return Optional.of(new HomeProgramView.Exercise(id, exerciseId, exerciseName,
				doseInstructions != null ? doseInstructions : libraryInstructions, dose.sets(), dose.reps(), hold,
				dose.timesPerDay(), dose.daysPerWeek(), dose.side()));
	}

	private static LocalDate localDay(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

}

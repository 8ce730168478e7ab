package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.exercises.Dosage;
import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

/**
 * An earlier dose of a prescription, kept when it was changed.
 *
 * @param since the day this dose's hold was set, from which its progression counts
 * @param changedAt when it was replaced: the clinic-local day of this moment is the first
 * day the next dose was in force
 * @param changedBy the staff account (user id) that replaced it
 */
public record DoseRecord(int sets, int reps, int holdSeconds, int timesPerDay, int daysPerWeek, ExerciseSide side,
		@Nullable Progression progression, @Nullable String instructions, LocalDate since, Instant changedAt,
		UUID changedBy) {

	Dosage dosage() {
		return new Dosage(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
	}

}

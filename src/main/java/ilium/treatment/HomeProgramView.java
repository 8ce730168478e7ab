package ilium.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.exercises.EducationTopic;
import ilium.exercises.ExerciseSide;

/**
 * What the patient takes home on a date: while the plan was ACTIVE that day, the
 * prescriptions in force with the dose of that day (progression applied); otherwise no
 * exercises, and {@code programStatus} says why. Belt advice and education topics come
 * with it.
 */
public record HomeProgramView(UUID planId, UUID patientId, LocalDate on, ProgramStatus programStatus,
		List<Exercise> exercises, @Nullable BeltAdvice beltAdvice, List<EducationTopic> educationTopics) {

	/** One exercise of the home program with the dose in force on the date. */
	public record Exercise(UUID prescriptionId, UUID exerciseId, String name, @Nullable String instructions, int sets,
			int reps, int holdSeconds, int timesPerDay, int daysPerWeek, ExerciseSide side) {
	}

}

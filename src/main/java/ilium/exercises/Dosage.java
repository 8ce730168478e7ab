package ilium.exercises;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * A dose of one exercise, with the bounds of DOMAIN.md: {@code sets} 1..10, {@code reps}
 * 1..50, {@code holdSeconds} 0..300, {@code timesPerDay} 1..5, {@code daysPerWeek} 1..7,
 * a side, and an optional progression whose target is not below the starting hold.
 */
public record Dosage(int sets, int reps, int holdSeconds, int timesPerDay, int daysPerWeek, ExerciseSide side,
		@Nullable Progression progression) {

	public Dosage {
		Progression.check("sets", sets, 1, 10);
		Progression.check("reps", reps, 1, 50);
		Progression.check("holdSeconds", holdSeconds, 0, 300);
		Progression.check("timesPerDay", timesPerDay, 1, 5);
		Progression.check("daysPerWeek", daysPerWeek, 1, 7);
		if (side == null) {
			throw ClinicException.badRequest("side", "must not be null");
		}
		if (progression != null) {
			progression.validate();
		}
		if (progression != null && progression.targetHoldSeconds() < holdSeconds) {
			throw ClinicException.badRequest("progression.targetHoldSeconds", "must not be below holdSeconds");
		}
	}

	/** This dose with the given fields replaced where they are not null. */
	public Dosage with(@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds,
			@Nullable Integer timesPerDay, @Nullable Integer daysPerWeek, @Nullable ExerciseSide side,
			@Nullable Progression progression) {
		return new Dosage(sets == null ? this.sets : sets, reps == null ? this.reps : reps,
				holdSeconds == null ? this.holdSeconds : holdSeconds,
				timesPerDay == null ? this.timesPerDay : timesPerDay,
				daysPerWeek == null ? this.daysPerWeek : daysPerWeek, side == null ? this.side : side,
				progression == null ? this.progression : progression);
	}

	/** The hold in force {@code days} days after this dose began, progression applied. */
	public int holdSecondsAfter(long days) {
		return progression == null ? holdSeconds : progression.holdAfter(holdSeconds, days);
	}

}

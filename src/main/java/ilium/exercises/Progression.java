package ilium.exercises;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import ilium.shared.ClinicException;

/**
 * How a hold grows over time: {@code stepSeconds} more every {@code everyDays} days, up
 * to {@code targetHoldSeconds} (DOMAIN.md: the hip abductor stretch goes 10 s, +5 s a
 * week, to 30 s).
 *
 * @param targetHoldSeconds the hold it grows to, 0..300
 * @param stepSeconds how much it grows each step, 1..300
 * @param everyDays how many days a step takes, 1..365
 */
public record Progression(@NotNull @Range(min = 0, max = 300) Integer targetHoldSeconds,
		@NotNull @Range(min = 1, max = 300) Integer stepSeconds,
		@NotNull @Range(min = 1, max = 365) Integer everyDays) {

	/**
	 * Checks the bounds. Not done in the constructor so that a request body binds first
	 * and bean validation names every bad field; {@link Dosage} calls it for every dose.
	 */
	void validate() {
		check("progression.targetHoldSeconds", targetHoldSeconds, 0, 300);
		check("progression.stepSeconds", stepSeconds, 1, 300);
		check("progression.everyDays", everyDays, 1, 365);
	}

	/**
	 * The hold in force {@code days} days after the dose began:
	 * {@code min(target, base + step × floor(days / everyDays))}; before it began, the
	 * base.
	 */
	public int holdAfter(int baseHoldSeconds, long days) {
		if (days <= 0) {
			return baseHoldSeconds;
		}
		long grown = baseHoldSeconds + (long) stepSeconds * (days / everyDays);
		return (int) Math.min(targetHoldSeconds, grown);
	}

	static void check(String field, Integer value, int min, int max) {
		if (value == null) {
			throw ClinicException.badRequest(field, "must not be null");
		}
		if (value < min || value > max) {
			throw ClinicException.badRequest(field, "must be between " + min + " and " + max);
		}
	}

}

package ilium.treatment;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * How a goal is measured (EPISODE.md "Goal"): an outcome instrument, one PSFS activity,
 * or another quantity in its own unit, from a baseline to a target that lies below it
 * ({@code AT_MOST}) or above it ({@code AT_LEAST}). Values have at most two decimals and
 * lie in the instrument's range (DOMAIN.md "Outcome measures"): NPRS 0..10, ODI 0..100,
 * PSFS and a PSFS activity 0..10, RMDQ 0..24.
 */
public record GoalMeasure(@NotNull Kind kind, @Nullable Instrument instrument,
		@Nullable @Size(max = 200) String activityName, @Nullable @Size(max = 50) String unit,
		@NotNull BigDecimal baseline, @NotNull BigDecimal target, @NotNull Comparator comparator) {

	/** The largest value a measure in another unit may hold (the column's precision). */
	private static final BigDecimal OTHER_LIMIT = new BigDecimal("999999.99");

	public GoalMeasure {
		activityName = activityName == null || activityName.isBlank() ? null : activityName.strip();
		unit = unit == null || unit.isBlank() ? null : unit.strip();
	}

	/** What a goal measures. */
	public enum Kind {

		/** An outcome instrument's score; names the {@code instrument}. */
		OUTCOME_INSTRUMENT,
		/** One activity's PSFS score (0..10); names the {@code activityName}. */
		PSFS_ACTIVITY,
		/** Any other quantity; names its {@code unit}. */
		OTHER

	}

	/** The outcome instruments a goal may be measured by, with their score ranges. */
	public enum Instrument {

		NPRS(10), ODI(100), PSFS(10), RMDQ(24);

		private final BigDecimal maximum;

		Instrument(int maximum) {
			this.maximum = BigDecimal.valueOf(maximum);
		}

	}

	/** Which side of the target the goal is met on. */
	public enum Comparator {

		/** Met at or below the target; the target lies below the baseline. */
		AT_MOST,
		/** Met at or above the target; the target lies above the baseline. */
		AT_LEAST

	}

	/**
	 * Refuses a measure that breaks a rule no annotation can hold (400 naming the field
	 * under {@code measure.}): the detail its kind names, and only that one; at most two
	 * decimals; the range; the target on the comparator's side of the baseline.
	 */
	void check() {
		problem().ifPresent(error -> {
			throw ClinicException.badRequest("measure." + error.field(), error.message());
		});
	}

	private Optional<ClinicException.FieldError> problem() {
		Optional<ClinicException.FieldError> detail = detailProblem();
		if (detail.isPresent()) {
			return detail;
		}
		for (String field : new String[] { "baseline", "target" }) {
			BigDecimal value = field.equals("baseline") ? baseline : target;
			if (value.stripTrailingZeros().scale() > 2) {
				return error(field, "must have at most 2 decimals");
			}
			BigDecimal minimum = kind == Kind.OTHER ? OTHER_LIMIT.negate() : BigDecimal.ZERO;
			BigDecimal maximum = maximum();
			if (value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0) {
				return error(field, "must be between " + minimum.toPlainString() + " and " + maximum.toPlainString());
			}
		}
		if (comparator == Comparator.AT_MOST && target.compareTo(baseline) >= 0) {
			return error("target", "must be below the baseline when the comparator is AT_MOST");
		}
		if (comparator == Comparator.AT_LEAST && target.compareTo(baseline) <= 0) {
			return error("target", "must be above the baseline when the comparator is AT_LEAST");
		}
		return Optional.empty();
	}

	private Optional<ClinicException.FieldError> detailProblem() {
		if ((kind == Kind.OUTCOME_INSTRUMENT) != (instrument != null)) {
			return error("instrument", kind == Kind.OUTCOME_INSTRUMENT ? "is required for an OUTCOME_INSTRUMENT measure"
					: "must be absent unless the kind is OUTCOME_INSTRUMENT");
		}
		if ((kind == Kind.PSFS_ACTIVITY) != (activityName != null)) {
			return error("activityName", kind == Kind.PSFS_ACTIVITY ? "is required for a PSFS_ACTIVITY measure"
					: "must be absent unless the kind is PSFS_ACTIVITY");
		}
		if ((kind == Kind.OTHER) != (unit != null)) {
			return error("unit", kind == Kind.OTHER ? "is required for an OTHER measure"
					: "must be absent unless the kind is OTHER");
		}
		return Optional.empty();
	}

	private BigDecimal maximum() {
		return switch (kind) {
			case OUTCOME_INSTRUMENT -> instrument == null ? OTHER_LIMIT : instrument.maximum;
			case PSFS_ACTIVITY -> BigDecimal.TEN;
			case OTHER -> OTHER_LIMIT;
		};
	}

	private static Optional<ClinicException.FieldError> error(String field, String message) {
		return Optional.of(new ClinicException.FieldError(field, message));
	}

}

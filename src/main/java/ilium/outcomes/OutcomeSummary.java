package ilium.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one instrument moved for a patient: the first measurement (baseline) against the
 * newest (latest), in the plan or overall, measures entered in error left out
 * (DOMAIN.md). Change and MCID compare like with like: a PSFS over the activities both
 * measures name ({@link PsfsComparison}); two PSFS without a common activity do not
 * compare at all.
 *
 * @param baseline the baseline measure's score
 * @param latest the latest measure's score
 * @param change latest − baseline (negative is better for NPRS, ODI and RMDQ); for the
 * PSFS the latest mean minus the baseline mean over the shared activities; null when not
 * comparable
 * @param percentChange change as a percent of the (compared) baseline, one decimal half
 * up; null when that baseline is 0 or the measures do not compare
 * @param mcid the instrument's minimal clinically important difference
 * @param improvedByMcid whether the change reaches the MCID in the better direction; null
 * when the measures do not compare
 * @param comparable false only for two PSFS without a common activity
 */
public record OutcomeSummary(Instrument instrument, BigDecimal baseline, BigDecimal latest, @Nullable BigDecimal change,
		@Nullable BigDecimal percentChange, Mcid mcid, @Nullable Boolean improvedByMcid, boolean comparable) {

	/**
	 * The summary of two measures whose scores compare as wholes (NPRS, ODI, RMDQ, or two
	 * PSFS on the same activities).
	 */
	public static OutcomeSummary of(Instrument instrument, BigDecimal baseline, BigDecimal latest) {
		return compared(instrument, baseline, latest, baseline, latest);
	}

	/** The summary of a baseline and a latest measure of one instrument. */
	static OutcomeSummary between(OutcomeView baseline, OutcomeView latest) {
		Instrument instrument = baseline.instrument();
		if (instrument != Instrument.PSFS) {
			return of(instrument, baseline.score(), latest.score());
		}
		return PsfsComparison.of(activities(baseline), activities(latest))
			.map(shared -> compared(instrument, baseline.score(), latest.score(), shared.baseline(), shared.latest()))
			.orElseGet(() -> new OutcomeSummary(instrument, baseline.score(), latest.score(), null, null,
					instrument.mcid(), null, false));
	}

	private static OutcomeSummary compared(Instrument instrument, BigDecimal baseline, BigDecimal latest,
			BigDecimal from, BigDecimal to) {
		BigDecimal change = to.subtract(from);
		BigDecimal percentChange = from.signum() == 0 ? null
				: change.scaleByPowerOfTen(2).divide(from, 1, RoundingMode.HALF_UP);
		return new OutcomeSummary(instrument, baseline, latest, change, percentChange, instrument.mcid(),
				instrument.mcid().improved(from, to), true);
	}

	private static List<PsfsActivity> activities(OutcomeView psfs) {
		return psfs.activities() == null ? List.of() : psfs.activities();
	}

}

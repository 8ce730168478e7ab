package ilium.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How one instrument moved for a patient: the first measurement (baseline) against the
 * newest (latest), in the plan or overall (DOMAIN.md).
 *
 * @param change latest − baseline (negative is better for NPRS, ODI and RMDQ)
 * @param percentChange change as a percent of the baseline, one decimal half up; null
 * when the baseline is 0
 * @param mcid the instrument's minimal clinically important difference
 * @param improvedByMcid whether the change reaches the MCID in the better direction
 */
public record OutcomeSummary(Instrument instrument, BigDecimal baseline, BigDecimal latest, BigDecimal change,
		@Nullable BigDecimal percentChange, Mcid mcid, boolean improvedByMcid) {

	/** The summary of an instrument from its baseline and latest scores. */
	public static OutcomeSummary of(Instrument instrument, BigDecimal baseline, BigDecimal latest) {
		BigDecimal change = latest.subtract(baseline);
		BigDecimal percentChange = baseline.signum() == 0 ? null
				: change.scaleByPowerOfTen(2).divide(baseline, 1, RoundingMode.HALF_UP);
		return new OutcomeSummary(instrument, baseline, latest, change, percentChange, instrument.mcid(),
				instrument.mcid().improved(baseline, latest));
	}

}

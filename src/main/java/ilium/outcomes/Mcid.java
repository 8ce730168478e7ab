package ilium.outcomes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A minimal clinically important difference: an improvement of at least {@code points} in
 * the {@code better} direction, or (when {@code percent} is set) of at least that percent
 * of a baseline above 0. The same rule is the SQL function
 * {@code outcome_improved_by_mcid(instrument, baseline, latest)} that reports use;
 * {@code OutcomeMcidAgreementTests} keeps the two in step.
 *
 * @param better which way is an improvement
 * @param points the least improvement in points that counts
 * @param percent the least improvement in percent of the baseline that counts, or null
 * when the instrument has no relative rule (PSFS)
 */
public record Mcid(Better better, BigDecimal points, @Nullable Integer percent) {

	/** Which way an instrument's score improves. */
	public enum Better {

		LOWER, HIGHER

	}

	/**
	 * Whether going from {@code baseline} to {@code latest} is a clinically important
	 * improvement.
	 */
	public boolean improved(BigDecimal baseline, BigDecimal latest) {
		BigDecimal gain = better == Better.LOWER ? baseline.subtract(latest) : latest.subtract(baseline);
		if (gain.compareTo(points) >= 0) {
			return true;
		}
		// exact decimal comparison: gain × 100 ≥ baseline × percent, never a rounded
		// percentage
		return percent != null && baseline.signum() > 0
				&& gain.scaleByPowerOfTen(2).compareTo(baseline.multiply(BigDecimal.valueOf(percent))) >= 0;
	}

}

package ilium.outcomes;

import java.math.BigDecimal;

import ilium.outcomes.Mcid.Better;

/**
 * The outcome instruments the clinic records, each with its minimal clinically important
 * difference (DOMAIN.md, Ostelo 2008).
 */
public enum Instrument {

	/** Numeric Pain Rating Scale 0..10: lower is better; drop ≥ 2 points or ≥ 30 %. */
	NPRS(0, new Mcid(Better.LOWER, BigDecimal.valueOf(2), 30)),

	/**
	 * Oswestry Disability Index v2.1a, 0..100: lower is better; drop ≥ 10 points or ≥ 30
	 * %.
	 */
	ODI(1, new Mcid(Better.LOWER, BigDecimal.valueOf(10), 30)),

	/**
	 * Patient-Specific Functional Scale, mean 0..10: higher is better; rise ≥ 2 points.
	 */
	PSFS(2, new Mcid(Better.HIGHER, BigDecimal.valueOf(2), null)),

	/**
	 * Roland-Morris Disability Questionnaire, 0..24: lower is better; drop ≥ 5 points or
	 * ≥ 30 %.
	 */
	RMDQ(0, new Mcid(Better.LOWER, BigDecimal.valueOf(5), 30));

	private final int scoreScale;

	private final Mcid mcid;

	Instrument(int scoreScale, Mcid mcid) {
		this.scoreScale = scoreScale;
		this.mcid = mcid;
	}

	/**
	 * How many decimals the instrument's score carries: NPRS and RMDQ 0, ODI 1, PSFS 2.
	 */
	public int scoreScale() {
		return scoreScale;
	}

	/** The instrument's minimal clinically important difference. */
	public Mcid mcid() {
		return mcid;
	}

}

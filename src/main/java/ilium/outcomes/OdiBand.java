package ilium.outcomes;

import java.math.BigDecimal;

/**
 * The ODI's disability bands, taken on the rounded score (DOMAIN.md; Fairbank & Pynsent
 * 2000): ≤ 20 minimal, ≤ 40 moderate, ≤ 60 severe, ≤ 80 crippling, above that bed-bound.
 */
public enum OdiBand {

	MINIMAL(20), MODERATE(40), SEVERE(60), CRIPPLING(80), BED_BOUND(100);

	private final BigDecimal upTo;

	OdiBand(int upTo) {
		this.upTo = BigDecimal.valueOf(upTo);
	}

	/** The band of a rounded ODI score. */
	public static OdiBand of(BigDecimal roundedScore) {
		for (OdiBand band : values()) {
			if (roundedScore.compareTo(band.upTo) <= 0) {
				return band;
			}
		}
		throw new IllegalArgumentException("ODI score above 100");
	}

}

package ilium.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One calendar year's billing configuration (EPISODE.md, Data), set by an ADMIN and never
 * in code: the KX threshold and the targeted medical review threshold of CMS "Therapy
 * Services", and the allowed amount of each code the clinic has one for. Amounts are
 * whole cents, never negative.
 *
 * @param year the calendar year, {@value #FIRST_YEAR}..{@value #LAST_YEAR}
 * @param kxThreshold above it, a Medicare line carries {@code KX} (R13)
 * @param targetedReviewThreshold a day ending above it is flagged
 * {@code TARGETED_REVIEW_RISK}
 * @param allowedAmounts per code, by code; a code left out has no amount that year
 */
public record YearConfiguration(int year, BigDecimal kxThreshold, BigDecimal targetedReviewThreshold,
		Map<CptCode, BigDecimal> allowedAmounts) {

	/**
	 * The years the service keeps a configuration or a ledger for: wide enough for any
	 * back-filled or planned year, narrow enough to catch a mistyped one.
	 */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	public YearConfiguration {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year outside " + FIRST_YEAR + ".." + LAST_YEAR + ": " + year);
		}
		kxThreshold = money(kxThreshold);
		targetedReviewThreshold = money(targetedReviewThreshold);
		Map<CptCode, BigDecimal> byCode = new EnumMap<>(CptCode.class);
		allowedAmounts.forEach((cpt, amount) -> byCode.put(cpt, money(amount)));
		allowedAmounts = Collections.unmodifiableMap(byCode);
	}

	/** The code's allowed amount this year, if the configuration has one. */
	public Optional<BigDecimal> allowedAmount(CptCode cpt) {
		return Optional.ofNullable(this.allowedAmounts.get(cpt));
	}

	/**
	 * An amount as the ledger keeps it: at least 0, in whole cents (scale 2).
	 * @throws IllegalArgumentException for a negative amount or a fraction of a cent
	 */
	static BigDecimal money(BigDecimal amount) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("negative amount: " + amount);
		}
		try {
			return amount.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("more than 2 decimals: " + amount, ex);
		}
	}

}

package ilium.treatment;

import ilium.billing.UnitRule;

/**
 * Who pays for a plan's care, which decides how its units are counted and how strictly
 * its compliance clocks apply (EPISODE.md "Conventions"): {@code MEDICARE_PART_B} (CMS
 * units, clocks enforced, KX), {@code COMMERCIAL_CMS_RULE} and {@code SELF_PAY} (CMS
 * units, clocks advisory), {@code COMMERCIAL_CPT_RULE} (CPT units, clocks advisory).
 */
public enum PayerProfile {

	MEDICARE_PART_B, COMMERCIAL_CMS_RULE, COMMERCIAL_CPT_RULE, SELF_PAY;

	/**
	 * How this payer counts a date's units: the CPT rule (R4) or else the CMS rule (R3).
	 */
	public UnitRule unitRule() {
		return (this == COMMERCIAL_CPT_RULE) ? UnitRule.CPT : UnitRule.CMS;
	}

	/** Whether the compliance clocks (R8–R10) and KX (R13) are enforced, not advisory. */
	public boolean enforced() {
		return this == MEDICARE_PART_B;
	}

}

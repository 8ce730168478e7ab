package ilium.treatment;

/**
 * Who pays for a plan's care, which decides how its units are counted and how strictly
 * its compliance clocks apply (EPISODE.md "Conventions"): {@code MEDICARE_PART_B} (CMS
 * units, clocks enforced, KX), {@code COMMERCIAL_CMS_RULE} and {@code SELF_PAY} (CMS
 * units, clocks advisory), {@code COMMERCIAL_CPT_RULE} (CPT units, clocks advisory).
 */
public enum PayerProfile {

	MEDICARE_PART_B, COMMERCIAL_CMS_RULE, COMMERCIAL_CPT_RULE, SELF_PAY

}

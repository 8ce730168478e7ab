package ilium.episode;

/** How a physician certifies an interval of the plan of care (EPISODE.md R8). */
public enum CertificationMethod {

	/** The physician signs the plan: {@code signedOn} by the deadline. */
	SIGNED,

	/**
	 * A verbal order by the deadline, then the signature within 14 days of it.
	 */
	VERBAL_THEN_SIGNED,

	/**
	 * CY2025 PFS (42 CFR 424.24(c)): with a referral order on file, the plan sent to the
	 * physician by the deadline certifies the first interval unsigned.
	 */
	REFERRAL_EXCEPTION_2025

}

package ilium.billing;

import java.util.function.Function;

/**
 * How a date of service's minutes become units: the rule a payer follows (EPISODE.md
 * Conventions). The one way other modules count units.
 */
public enum UnitRule {

	/**
	 * Medicare's rule, R3: the minutes of all timed codes of the date are added first.
	 */
	CMS(CmsUnitRule::allocate),

	/** The AMA's CPT convention, R4: each timed code is counted alone. */
	CPT(CptUnitRule::allocate);

	private final Function<ServicesGiven, UnitAllocation> allocation;

	UnitRule(Function<ServicesGiven, UnitAllocation> allocation) {
		this.allocation = allocation;
	}

	/** The lines and units of one patient's date of service. */
	public UnitAllocation allocate(ServicesGiven date) {
		return this.allocation.apply(date);
	}

}

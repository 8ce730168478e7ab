package ilium.billing;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review flags of one billing day (EPISODE.md R7, all payers), which ask a person to
 * look before the claim goes out and change nothing billed:
 * <ul>
 * <li>{@code NCCI_PAIR_REVIEW} when both codes of a pair of the clinic's NCCI table bill
 * at least one unit on the date (CMS NCCI procedure-to-procedure edits: such codes are
 * paid together only with a modifier the clinician must justify);
 * <li>{@code SERVICE_NOT_IN_POC} when a timed code bills at least one unit but is not
 * among the plan of care's planned services (Pub. 100-02, ch. 15 §220.1.2: the plan names
 * the services). Untimed codes (evaluation, re-evaluation) are never flagged.
 * </ul>
 */
public final class ReviewFlagRule {

	private ReviewFlagRule() {
	}

	/**
	 * The date's R7 flags, in the API's (alphabetical) order.
	 * @param date the date's lines and units
	 * @param ncciPairs the clinic's NCCI pair table
	 * @param plannedServices the plan of care's planned services
	 */
	public static Set<BillingFlag> flagsOf(UnitAllocation date, Collection<NcciPair> ncciPairs,
			Collection<CptCode> plannedServices) {
		Set<BillingFlag> flags = EnumSet.noneOf(BillingFlag.class);
		if (ncciPairs.stream().anyMatch(pair -> pair.bothBilled(date))) {
			flags.add(BillingFlag.NCCI_PAIR_REVIEW);
		}
		boolean unplanned = date.lines()
			.stream()
			.anyMatch(line -> line.cpt().isTimed() && line.units() >= 1 && !plannedServices.contains(line.cpt()));
		if (unplanned) {
			flags.add(BillingFlag.SERVICE_NOT_IN_POC);
		}
		return Collections.unmodifiableSet(flags);
	}

}

package ilium.billing;

import java.util.ArrayList;
import java.util.List;

/**
 * The CPT rule (EPISODE.md R4), for payers that follow the AMA's CPT convention rather
 * than CMS: each timed code is counted alone, a unit for each full 15 minutes and one
 * more when at least 8 minutes are left over, so minutes of different codes never add up.
 * Untimed codes bill one unit each; there are no ties to break.
 */
final class CptUnitRule {

	private CptUnitRule() {
	}

	static UnitAllocation allocate(ServicesGiven date) {
		List<BillingLine> lines = new ArrayList<>();
		date.timedMinutes().forEach((cpt, m) -> lines.add(new BillingLine(cpt, m, unitsFor(m))));
		date.untimedCodes().forEach(cpt -> lines.add(new BillingLine(cpt, null, 1)));
		return new UnitAllocation(lines, null);
	}

	/** {@code floor(m / 15)}, plus one when {@code m mod 15 ≥ 8}. */
	static int unitsFor(int minutes) {
		return minutes / 15 + ((minutes % 15 >= 8) ? 1 : 0);
	}

}

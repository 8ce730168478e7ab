package ilium.billing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Two codes an NCCI procedure-to-procedure edit pairs (EPISODE.md R7, CMS NCCI edits):
 * billed on one date, the date is flagged {@code NCCI_PAIR_REVIEW} for a person to decide
 * (the service adds no modifier). Unordered: the lower code always comes first, so a pair
 * has one form, {@code ["97140","97530"]} in JSON.
 *
 * @param first the lower code
 * @param second the higher code
 */
public record NcciPair(CptCode first, CptCode second) {

	public NcciPair {
		if (first == second) {
			throw new IllegalArgumentException("a pair needs two different codes: " + first);
		}
		if (first.code().compareTo(second.code()) > 0) {
			CptCode lower = second;
			second = first;
			first = lower;
		}
	}

	/** Both codes, the lower first, as the API shows a pair. */
	@JsonValue
	public List<CptCode> codes() {
		return List.of(this.first, this.second);
	}

	/** Whether both codes bill at least one unit on this date. */
	public boolean bothBilled(UnitAllocation date) {
		return date.unitsOf(this.first) >= 1 && date.unitsOf(this.second) >= 1;
	}

}

package ilium.billing;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lines a date of service bills.
 *
 * @param lines one line per code, timed and untimed, by CPT; timed lines with 0 units
 * kept
 * @param tieBrokenBy the criterion that chose between codes of equal remainder at the cut
 * (EPISODE.md R3 step 3); null when there was no such tie, and always under the CPT rule
 */
public record UnitAllocation(List<BillingLine> lines, @Nullable TieBreak tieBrokenBy) {

	private static final Comparator<BillingLine> BY_CPT = Comparator.comparing(line -> line.cpt().code());

	public UnitAllocation {
		lines = lines.stream().sorted(BY_CPT).toList();
	}

	/** The units billed for {@code cpt}, 0 when the date has no line for it. */
	public int unitsOf(CptCode cpt) {
		return this.lines.stream().filter(line -> line.cpt() == cpt).mapToInt(BillingLine::units).sum();
	}

}

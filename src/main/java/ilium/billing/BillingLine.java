package ilium.billing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One code of a date of service and the units it bills.
 *
 * @param cpt the code
 * @param minutes the date's minutes of a timed code; null for an untimed code, whose
 * minutes never count (EPISODE.md R3 step 4)
 * @param units the units billed, 0 for a timed code whose minutes earned none (the line
 * is kept so the note's minutes stay visible)
 */
public record BillingLine(CptCode cpt, @Nullable Integer minutes, int units) {

	public BillingLine {
		if (cpt.isTimed() != (minutes != null)) {
			throw new IllegalArgumentException(cpt + ": minutes are given for timed codes only");
		}
		if (units < 0) {
			throw new IllegalArgumentException(cpt + ": units below 0");
		}
	}

	/** {@code GP} on every line with at least one unit, none on a 0-unit line (R1). */
	public List<Modifier> modifiers() {
		return (this.units >= 1) ? List.of(Modifier.GP) : List.of();
	}

}

package ilium.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R3 checked on every date of up to three distinct timed codes with 1..60
 * minutes each (7 560 840 dates): the invariants of step 5, the largest-remainder rule of
 * step 2, the clinic's tie order of step 3 (restated here independently of
 * {@link CmsUnitRule}), {@code tieBrokenBy} null exactly when no tie falls at the cut,
 * and the same answer for the same minutes whatever order they are given in. Each date
 * prefers one of its codes or none, in turn, so every preference is met across the grid.
 */
class CmsUnitInvariantTests {

	private static final List<CptCode> TIMED = Arrays.stream(CptCode.values()).filter(CptCode::isTimed).toList();

	private static final int MAX_MINUTES = 60;

	private final List<String> violations = new ArrayList<>();

	private long dates;

	@Test
	void holdsOnEveryDateOfUpToThreeCodesOfOneToSixtyMinutes() {
		for (int a = 0; a < TIMED.size(); a++) {
			everyMinutes(List.of(TIMED.get(a)));
			for (int b = a + 1; b < TIMED.size(); b++) {
				everyMinutes(List.of(TIMED.get(a), TIMED.get(b)));
				for (int c = b + 1; c < TIMED.size(); c++) {
					everyMinutes(List.of(TIMED.get(a), TIMED.get(b), TIMED.get(c)));
				}
			}
		}

		assertThat(this.dates).isEqualTo(7 * 60 + 21 * 60 * 60 + 35 * 60 * 60 * 60);
		assertThat(this.violations).isEmpty();
	}

	private void everyMinutes(List<CptCode> codes) {
		int[] minutes = new int[codes.size()];
		Arrays.fill(minutes, 1);
		while (true) {
			check(codes, minutes);
			int i = 0;
			while (i < minutes.length && minutes[i] == MAX_MINUTES) {
				minutes[i++] = 1;
			}
			if (i == minutes.length) {
				return;
			}
			minutes[i]++;
		}
	}

	private void check(List<CptCode> codes, int[] minutes) {
		this.dates++;
		int total = Arrays.stream(minutes).sum();
		int preferredIndex = total % (codes.size() + 1);
		CptCode preferred = (preferredIndex < codes.size()) ? codes.get(preferredIndex) : null;
		Map<CptCode, Integer> given = new LinkedHashMap<>();
		Map<CptCode, Integer> reversed = new LinkedHashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			given.put(codes.get(i), minutes[i]);
			int j = codes.size() - 1 - i;
			reversed.put(codes.get(j), minutes[j]);
		}
		UnitAllocation allocation = CmsUnitRule.allocate(new ServicesGiven(given, Set.of(), preferred));
		List<String> broken = new ArrayList<>();
		if (!allocation.equals(CmsUnitRule.allocate(new ServicesGiven(reversed, Set.of(), preferred)))) {
			broken.add("answer depends on the order the codes are given in");
		}
		broken.addAll(brokenRules(given, preferred, allocation));
		if (!broken.isEmpty() && this.violations.size() < 20) {
			this.violations.add(given + " preferring " + preferred + " → " + DayNotation.lines(allocation) + " "
					+ allocation.tieBrokenBy() + ": " + broken);
		}
	}

	private static List<String> brokenRules(Map<CptCode, Integer> given, @Nullable CptCode preferred,
			UnitAllocation allocation) {
		List<String> broken = new ArrayList<>();
		int total = given.values().stream().mapToInt(Integer::intValue).sum();
		int expectedUnits = (total < 8) ? 0 : (total - 8) / 15 + 1;
		List<Claim> withExtraUnit = new ArrayList<>();
		List<Claim> withoutExtraUnit = new ArrayList<>();
		if (!isOneLinePerCodeByCpt(allocation.lines(), given.keySet())) {
			broken.add("not one line per code by CPT");
		}
		if (allocation.lines().stream().mapToInt(BillingLine::units).sum() != expectedUnits) {
			broken.add("Σ timed units ≠ unitsFor(T)");
		}
		for (BillingLine line : allocation.lines()) {
			int m = given.get(line.cpt());
			if (line.units() > (m + 14) / 15 || (m >= 15 && line.units() < 1)) {
				broken.add(line.cpt() + " outside 1 (from 15 minutes) .. ceil(m/15)");
			}
			if (line.units() != m / 15 && line.units() != m / 15 + 1) {
				broken.add(line.cpt() + " not floor(m/15) plus at most one extra unit");
			}
			if (line.modifiers().contains(Modifier.GP) != (line.units() >= 1)) {
				broken.add(line.cpt() + " GP without a unit or a unit without GP");
			}
			Claim claim = new Claim(line.cpt(), m, line.cpt() == preferred);
			if (line.units() > m / 15) {
				withExtraUnit.add(claim);
			}
			else if (claim.remainder() > 0) {
				withoutExtraUnit.add(claim);
			}
		}
		if (withExtraUnit.stream().anyMatch(c -> c.remainder() == 0)) {
			broken.add("an extra unit for a remainder of 0");
		}
		broken.addAll(brokenTieOrder(withExtraUnit, withoutExtraUnit, allocation.tieBrokenBy()));
		return broken;
	}

	private static List<String> brokenTieOrder(List<Claim> withExtraUnit, List<Claim> withoutExtraUnit,
			@Nullable TieBreak tieBrokenBy) {
		List<String> broken = new ArrayList<>();
		for (Claim given : withExtraUnit) {
			for (Claim left : withoutExtraUnit) {
				if (left.remainder() > given.remainder()) {
					broken.add("an extra unit to " + given.cpt() + " before the larger remainder of " + left.cpt());
				}
				if (left.remainder() == given.remainder() && !given.claimsBefore(left)) {
					broken.add("an extra unit to " + given.cpt() + " before " + left.cpt() + " in the clinic's order");
				}
			}
		}
		TieBreak expected = withExtraUnit.stream()
			.max(Comparator.comparingInt((Claim c) -> -c.remainder()).thenComparing(Claim::orderAmongEqual))
			.flatMap(lastGiven -> withoutExtraUnit.stream()
				.filter(left -> left.remainder() == lastGiven.remainder())
				.min(Claim::orderAmongEqual)
				.map(firstLeft -> lastGiven.criterionThatSeparates(firstLeft)))
			.orElse(null);
		if (tieBrokenBy != expected) {
			broken.add("tieBrokenBy " + tieBrokenBy + " where the cut says " + expected);
		}
		return broken;
	}

	private static boolean isOneLinePerCodeByCpt(List<BillingLine> lines, Set<CptCode> codes) {
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i - 1).cpt().code().compareTo(lines.get(i).cpt().code()) >= 0) {
				return false;
			}
		}
		return lines.size() == codes.size() && lines.stream().allMatch(line -> codes.contains(line.cpt()));
	}

	/** A timed code's claim on an extra unit, ordered as R3 step 3 words it. */
	private record Claim(CptCode cpt, int minutes, boolean preferred) {

		int remainder() {
			return this.minutes % 15;
		}

		boolean hasUnit() {
			return this.minutes >= 15;
		}

		boolean claimsBefore(Claim other) {
			return orderAmongEqual(other) < 0;
		}

		int orderAmongEqual(Claim other) {
			return switch (criterionThatSeparates(other)) {
				case PREFERRED_FOR_REMAINDER -> this.preferred ? -1 : 1;
				case NO_UNIT_YET -> this.hasUnit() ? 1 : -1;
				case MORE_MINUTES -> Integer.compare(other.minutes, this.minutes);
				case LOWER_CPT -> this.cpt.code().compareTo(other.cpt.code());
			};
		}

		/**
		 * "First the preferred code, then a code without a unit, then larger m, then
		 * lower CPT."
		 */
		TieBreak criterionThatSeparates(Claim other) {
			if (this.preferred != other.preferred) {
				return TieBreak.PREFERRED_FOR_REMAINDER;
			}
			if (this.hasUnit() != other.hasUnit()) {
				return TieBreak.NO_UNIT_YET;
			}
			return (this.minutes != other.minutes) ? TieBreak.MORE_MINUTES : TieBreak.LOWER_CPT;
		}

	}

}

package ilium.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The CMS rule for one patient's date of service (EPISODE.md R3), from the Medicare
 * Claims Processing Manual, Pub. 100-04, ch. 5 §20.2: the timed minutes of all codes
 * together decide how many units the date bills ({@link EightMinuteRule}); each code
 * first gets its full 15-minute units, and the units left over go one each to the codes
 * with the most minutes left over (remainder above 0 only, so no code ever bills more
 * than {@code ceil(m / 15)}). Equal remainders competing for the last units are settled
 * by the clinic's convention, {@link TieBreak}. Untimed codes bill one unit each and
 * their minutes never count.
 * <p>
 * The units left over never outnumber the codes with a remainder: with k such codes, each
 * remainder at most 14, they are {@code floor((Σ remainders + 7) / 15) ≤ k}. So every
 * left-over unit finds a code, and the "above 0" never has to turn one away.
 */
final class CmsUnitRule {

	private static final int UNIT = 15;

	/** The clinic's criteria among equal remainders, by {@link TieBreak#ordinal()}. */
	private static final List<Comparator<Candidate>> CRITERIA = Arrays.stream(TieBreak.values())
		.map(CmsUnitRule::criterion)
		.toList();

	/**
	 * Who gets an extra unit first: the largest remainder, then {@link TieBreak}'s
	 * criteria in their declared order.
	 */
	private static final Comparator<Candidate> BY_CLAIM_ON_EXTRA_UNIT = CRITERIA.stream()
		.reduce(Comparator.comparingInt(Candidate::remainder).reversed(), Comparator::thenComparing);

	private CmsUnitRule() {
	}

	static UnitAllocation allocate(ServicesGiven date) {
		List<Candidate> byClaimOnExtraUnit = new ArrayList<>();
		int fullUnits = 0;
		for (Map.Entry<CptCode, Integer> code : date.timedMinutes().entrySet()) {
			Candidate candidate = new Candidate(code.getKey(), code.getValue(),
					code.getKey() == date.preferredForRemainder());
			fullUnits += candidate.minutes() / UNIT;
			if (candidate.remainder() > 0) {
				byClaimOnExtraUnit.add(candidate);
			}
		}
		byClaimOnExtraUnit.sort(BY_CLAIM_ON_EXTRA_UNIT);
		int extraUnits = EightMinuteRule.unitsFor(date.totalTimedMinutes()) - fullUnits;
		List<CptCode> withExtraUnit = byClaimOnExtraUnit.subList(0, extraUnits).stream().map(Candidate::cpt).toList();
		List<BillingLine> lines = new ArrayList<>();
		date.timedMinutes()
			.forEach((cpt, m) -> lines.add(new BillingLine(cpt, m, m / UNIT + (withExtraUnit.contains(cpt) ? 1 : 0))));
		date.untimedCodes().forEach(cpt -> lines.add(new BillingLine(cpt, null, 1)));
		return new UnitAllocation(lines, tieAtTheCut(byClaimOnExtraUnit, extraUnits));
	}

	/**
	 * The criterion that separated the last code given an extra unit from the first code
	 * of the same remainder left without one, or null when no such pair exists.
	 */
	private static @Nullable TieBreak tieAtTheCut(List<Candidate> byClaim, int extraUnits) {
		if (extraUnits == 0 || extraUnits >= byClaim.size()) {
			return null;
		}
		Candidate lastGiven = byClaim.get(extraUnits - 1);
		Candidate firstLeft = byClaim.get(extraUnits);
		if (lastGiven.remainder() != firstLeft.remainder()) {
			return null;
		}
		return Arrays.stream(TieBreak.values())
			.filter(criterion -> CRITERIA.get(criterion.ordinal()).compare(lastGiven, firstLeft) != 0)
			.findFirst()
			.orElseThrow();
	}

	private static Comparator<Candidate> criterion(TieBreak criterion) {
		return switch (criterion) {
			case PREFERRED_FOR_REMAINDER -> Comparator.comparing(c -> !c.preferred());
			case NO_UNIT_YET -> Comparator.comparing(c -> c.minutes() >= UNIT);
			case MORE_MINUTES -> Comparator.comparingInt(Candidate::minutes).reversed();
			case LOWER_CPT -> Comparator.comparing(c -> c.cpt().code());
		};
	}

	private record Candidate(CptCode cpt, int minutes, boolean preferred) {

		int remainder() {
			return this.minutes % UNIT;
		}

	}

}

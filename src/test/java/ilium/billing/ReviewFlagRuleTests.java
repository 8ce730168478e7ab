package ilium.billing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static ilium.billing.DayNotation.date;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R7 on dates of service ({@link DayNotation}), with the seeded NCCI pair
 * 97140/97530 and a plan of care planning 97110, 97140 and 97530.
 */
class ReviewFlagRuleTests {

	private static final List<NcciPair> SEEDED = List
		.of(new NcciPair(CptCode.THERAPEUTIC_ACTIVITIES, CptCode.MANUAL_THERAPY));

	private static final Set<CptCode> PLANNED = Set.of(CptCode.THERAPEUTIC_EXERCISE, CptCode.MANUAL_THERAPY,
			CptCode.THERAPEUTIC_ACTIVITIES);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			both codes of the pair billed           | 97140=15 97530=15          | NCCI_PAIR_REVIEW
			the pair, one code without a unit       | 97110=30 97140=5 97530=4   | -
			the pair over two visits of the date    | 97140=15 / 97530=15        | NCCI_PAIR_REVIEW
			one code of the pair                    | 97140=30                   | -
			a billed timed code the plan lacks      | 97110=15 97112=15          | SERVICE_NOT_IN_POC
			an unplanned code without a unit        | 97110=30 97112=5           | -
			an untimed code is never unplanned      | 97161 97110=15             | -
			a re-evaluation is never unplanned      | 97164                      | -
			both flags, in alphabetical order       | 97140=15 97530=15 97116=15 | NCCI_PAIR_REVIEW SERVICE_NOT_IN_POC
			""")
	void flagsADateForReview(String example, String services, String flags) {
		Set<BillingFlag> found = ReviewFlagRule.flagsOf(CmsUnitRule.allocate(date(services)), SEEDED, PLANNED);

		assertThat(String.join(" ", found.stream().map(Enum::name).toList())).isEqualTo(flags == null ? "" : flags);
	}

	@Test
	void anEmptiedPairTableFlagsNoPair() {
		assertThat(ReviewFlagRule.flagsOf(CmsUnitRule.allocate(date("97140=15 97530=15")), List.of(), PLANNED))
			.isEmpty();
	}

	@Test
	void anAddedPairIsFlaggedLikeTheSeededOne() {
		List<NcciPair> extended = List.of(SEEDED.get(0),
				new NcciPair(CptCode.THERAPEUTIC_EXERCISE, CptCode.NEUROMUSCULAR_REEDUCATION));

		assertThat(ReviewFlagRule.flagsOf(CmsUnitRule.allocate(date("97110=15 97112=15")), extended,
				Set.of(CptCode.values())))
			.containsExactly(BillingFlag.NCCI_PAIR_REVIEW);
	}

}

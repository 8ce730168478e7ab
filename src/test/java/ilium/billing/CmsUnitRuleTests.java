package ilium.billing;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static ilium.billing.DayNotation.date;
import static ilium.billing.DayNotation.lines;
import static ilium.billing.DayNotation.modifiers;
import static ilium.billing.DayNotation.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * EPISODE.md R1–R3: every worked example of the spec (U9–U13, U19), then the boundaries
 * of the 8-minute rule and each step of the clinic's tie order. Notation:
 * {@link DayNotation}.
 */
class CmsUnitRuleTests {

	@ParameterizedTest(name = "{0}: {1} → {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# EPISODE.md worked examples
					U9                        | 97112=24 97110=23                    | 97110×1 97112×2                 | -
					U10                       | 97112=20 97110=20                    | 97110×2 97112×1                 | LOWER_CPT
					U10 preferring 97112      | 97112=20* 97110=20                   | 97110×1 97112×2                 | PREFERRED_FOR_REMAINDER
					U11                       | 97110=33 97140=7                     | 97110×2 97140×1                 | -
					U12                       | 97110=18 97140=13 97116=10 97035=8   | 97035×0 97110×1 97116×1 97140×1 | -
					U13                       | 97110=5 97140=4                      | 97110×1 97140×0                 | -
					U19 two visits, one date  | 97110=10 / 97110=10                  | 97110×1                         | -
					# the 8-minute rule at its edges, one code
					7 minutes                 | 97110=7                              | 97110×0                         | -
					8 minutes                 | 97110=8                              | 97110×1                         | -
					22 minutes                | 97110=22                             | 97110×1                         | -
					23 minutes                | 97110=23                             | 97110×2                         | -
					37 minutes                | 97110=37                             | 97110×2                         | -
					38 minutes                | 97110=38                             | 97110×3                         | -
					# T at the edges, two codes
					T 7                       | 97110=4 97140=3                      | 97110×0 97140×0                 | -
					T 8                       | 97110=4 97140=4                      | 97110×1 97140×0                 | LOWER_CPT
					T 22                      | 97110=15 97140=7                     | 97110×1 97140×0                 | -
					T 23                      | 97110=15 97140=8                     | 97110×1 97140×1                 | -
					T 37                      | 97110=30 97140=7                     | 97110×2 97140×0                 | -
					T 38                      | 97110=30 97140=8                     | 97110×2 97140×1                 | -
					T 38 larger remainder     | 97110=22 97140=16                    | 97110×2 97140×1                 | -
					# the tie order, step by step
					three-way, lower CPT      | 97110=10 97112=10 97140=10           | 97110×1 97112×1 97140×0         | LOWER_CPT
					preferred among three     | 97110=7 97112=7 97140=7*             | 97110×0 97112×0 97140×1         | PREFERRED_FOR_REMAINDER
					preferred given, cut after| 97110=10 97112=10 97140=10*          | 97110×1 97112×0 97140×1         | LOWER_CPT
					no unit yet among three   | 97110=25 97112=10 97140=10           | 97110×1 97112×1 97140×1         | NO_UNIT_YET
					more minutes among three  | 97110=25 97112=40 97140=55           | 97110×1 97112×3 97140×4         | MORE_MINUTES
					no unit yet over minutes  | 97110=25 97112=10                    | 97110×1 97112×1                 | NO_UNIT_YET
					preferred over no unit yet| 97110=25* 97112=10                   | 97110×2 97112×0                 | PREFERRED_FOR_REMAINDER
					preferred, remainder 0    | 97110=15* 97112=10 97140=10          | 97110×1 97112×1 97140×0         | LOWER_CPT
					preferred, smaller remainder | 97112=24 97110=23*                | 97110×1 97112×2                 | -
					tie above the cut only    | 97110=10 97112=10 97140=5            | 97110×1 97112×1 97140×0         | -
					every remainder served    | 97110=10 97112=13                    | 97110×1 97112×1                 | -
					latest preference wins    | 97110=10* 97112=5 / 97112=5*         | 97110×0 97112×1                 | PREFERRED_FOR_REMAINDER
					# untimed codes beside timed ones
					evaluation and exercise   | 97161 97110=23                       | 97110×2 97161×1                 | -
					re-evaluation adds no time| 97164 97110=7                        | 97110×0 97164×1                 | -
					evaluation alone          | 97162                                | 97162×1                         | -
					""")
	void billsTheDateAsTheCmsRuleSays(String example, String notes, String expectedLines,
			@Nullable TieBreak expectedTieBreak) {
		UnitAllocation allocation = CmsUnitRule.allocate(date(notes));

		assertThat(lines(allocation)).as(example).isEqualTo(expectedLines);
		assertThat(allocation.tieBrokenBy()).as(example).isEqualTo(expectedTieBreak);
	}

	@Test
	void billsTwoVisitsOfOneDateTogetherNotEachAlone() {
		// U19: each 10-minute visit alone would bill a unit, two for the date
		assertThat(CmsUnitRule.allocate(note("97110=10")).unitsOf(CptCode.THERAPEUTIC_EXERCISE)).isEqualTo(1);
		assertThat(CmsUnitRule.allocate(date("97110=10 / 97110=10")).lines())
			.containsExactly(new BillingLine(CptCode.THERAPEUTIC_EXERCISE, 20, 1));
	}

	@Test
	void putsGpOnEveryLineWithAUnitAndKeepsZeroUnitLinesBare() {
		UnitAllocation u12 = CmsUnitRule.allocate(date("97161 97110=18 97140=13 97116=10 97035=8"));

		assertThat(modifiers(u12)).containsExactly("97035:[]", "97110:[GP]", "97116:[GP]", "97140:[GP]", "97161:[GP]");
	}

	@Test
	void keepsTheDatesMinutesOnTimedLinesOnly() {
		UnitAllocation allocation = CmsUnitRule.allocate(date("97164 97110=12 / 97110=11"));

		assertThat(allocation.lines()).containsExactly(new BillingLine(CptCode.THERAPEUTIC_EXERCISE, 23, 2),
				new BillingLine(CptCode.RE_EVALUATION, null, 1));
	}

	@Test
	void refusesServicesThatNoNoteCouldCarry() {
		assertThatIllegalArgumentException().isThrownBy(() -> note("97161=10"));
		assertThatIllegalArgumentException().isThrownBy(() -> note("97110"));
		assertThatIllegalArgumentException().isThrownBy(() -> note("97110=0"));
		assertThatIllegalArgumentException().isThrownBy(() -> note("97110=20 97164*"));
		assertThatIllegalArgumentException().isThrownBy(() -> CptCode.of("97150"));
	}

	@Test
	void countsUnitsOfTheTotalTimeByTheEightMinuteRule() {
		assertThat(EightMinuteRule.unitsFor(0)).isZero();
		assertThat(EightMinuteRule.unitsFor(7)).isZero();
		assertThat(EightMinuteRule.unitsFor(8)).isEqualTo(1);
		assertThat(EightMinuteRule.unitsFor(22)).isEqualTo(1);
		assertThat(EightMinuteRule.unitsFor(23)).isEqualTo(2);
		assertThat(EightMinuteRule.unitsFor(37)).isEqualTo(2);
		assertThat(EightMinuteRule.unitsFor(38)).isEqualTo(3);
		assertThat(EightMinuteRule.unitsFor(180)).isEqualTo(12);
		assertThatIllegalArgumentException().isThrownBy(() -> EightMinuteRule.unitsFor(-1));
	}

}

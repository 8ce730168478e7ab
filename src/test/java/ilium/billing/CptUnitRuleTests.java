package ilium.billing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static ilium.billing.DayNotation.date;
import static ilium.billing.DayNotation.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R4: under the CPT rule each code is counted alone, so the same minutes can
 * bill more or fewer units than under the CMS rule (shown beside each row).
 */
class CptUnitRuleTests {

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			7 minutes                 | 97110=7                              | 97110×0
			8 minutes                 | 97110=8                              | 97110×1
			22 minutes                | 97110=22                             | 97110×1
			23 minutes                | 97110=23                             | 97110×2
			37 minutes                | 97110=37                             | 97110×2
			38 minutes                | 97110=38                             | 97110×3
			U9 minutes (CMS 3)        | 97112=24 97110=23                    | 97110×2 97112×2
			U10 minutes (CMS 3)       | 97112=20* 97110=20                   | 97110×1 97112×1
			U11 minutes (CMS 3)       | 97110=33 97140=7                     | 97110×2 97140×0
			U12 minutes (CMS 3)       | 97110=18 97140=13 97116=10 97035=8   | 97035×1 97110×1 97116×1 97140×1
			U13 minutes (CMS 1)       | 97110=5 97140=4                      | 97110×0 97140×0
			U19 minutes (CMS 1)       | 97110=10 / 97110=10                  | 97110×1
			untimed codes, one each   | 97163 97110=7                        | 97110×0 97163×1
			""")
	void countsEachCodeAlone(String example, String notes, String expectedLines) {
		UnitAllocation allocation = CptUnitRule.allocate(date(notes));

		assertThat(lines(allocation)).as(example).isEqualTo(expectedLines);
		assertThat(allocation.tieBrokenBy()).as(example).isNull();
	}

}

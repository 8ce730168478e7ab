package ilium.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * EPISODE.md R13: K1, then the edges of each threshold and of an unknown total. The year
 * is 2027 with test figures: KX threshold 2480.00, targeted review 3000.00, 97110 and
 * 97140 at 30.00, 97530 at 45.50, and no amount for 97112. Notation: billed days
 * {@code 01-04 97110×2 97140×1; 01-07 97110×1}; lines {@code 97110×2=2460.00} (total
 * after the line, {@code ?} when unknown, {@code +KX} when it carries KX); days
 * {@code 01-04 OVER_THRESHOLD TARGETED_REVIEW_RISK} (status, then flags).
 */
class KxLedgerTests {

	private static final YearConfiguration YEAR_2027 = new YearConfiguration(2027, new BigDecimal("2480.00"),
			new BigDecimal("3000.00"),
			Map.of(CptCode.THERAPEUTIC_EXERCISE, new BigDecimal("30.00"), CptCode.MANUAL_THERAPY,
					new BigDecimal("30.00"), CptCode.THERAPEUTIC_ACTIVITIES, new BigDecimal("45.50")));

	private static final Predicate<LocalDate> ALWAYS_SUPPORTED = date -> true;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# EPISODE.md K1: 97110 30 min + 97140 10 min on one date
					K1                                  | 2400.00 | 01-04 97110×2 97140×1         | 97110×2=2460.00 97140×1=2490.00+KX                   | 01-04 OVER_THRESHOLD
					# the KX threshold: above it, not at it
					total exactly the threshold         | 2420.00 | 01-04 97110×2                 | 97110×2=2480.00                                      | 01-04 BELOW_THRESHOLD
					a cent above the threshold          | 2420.01 | 01-04 97110×2                 | 97110×2=2480.01+KX                                   | 01-04 OVER_THRESHOLD
					prior alone above it                | 2500.00 | 01-04 97110×1                 | 97110×1=2530.00+KX                                   | 01-04 OVER_THRESHOLD
					a 0-unit line never carries KX      | 2500.00 | 01-04 97110×0                 | 97110×0=2500.00                                      | 01-04 OVER_THRESHOLD
					crossing on the second day          | 2400.00 | 01-04 97110×2; 01-07 97110×1  | 97110×2=2460.00 97110×1=2490.00+KX                   | 01-04 BELOW_THRESHOLD; 01-07 OVER_THRESHOLD
					lines of a date go by CPT           | 2400.00 | 01-04 97530×1 97110×1         | 97110×1=2430.00 97530×1=2475.50                      | 01-04 BELOW_THRESHOLD
					dates go ascending, whatever given  | 2450.00 | 01-07 97140×1; 01-04 97110×1  | 97110×1=2480.00 97140×1=2510.00+KX                   | 01-04 BELOW_THRESHOLD; 01-07 OVER_THRESHOLD
					# a code without amount: UNKNOWN from that line on, no KX
					missing amount, from that line on   | 0.00    | 01-04 97110×1 97112×1 97140×1; 01-07 97110×1 | 97110×1=30.00 97112×1=? 97140×1=? 97110×1=? | 01-04 UNKNOWN; 01-07 UNKNOWN
					KX before the missing amount stays  | 2470.00 | 01-04 97110×1 97112×1 97140×1 | 97110×1=2500.00+KX 97112×1=? 97140×1=?               | 01-04 UNKNOWN
					a 0-unit line needs no amount       | 0.00    | 01-04 97110×1 97112×0         | 97110×1=30.00 97112×0=30.00                          | 01-04 BELOW_THRESHOLD
					# the targeted review threshold: a day ending above it
					day ending at it                    | 2970.00 | 01-04 97110×1                 | 97110×1=3000.00+KX                                   | 01-04 OVER_THRESHOLD
					day ending a cent above it          | 2970.01 | 01-04 97110×1                 | 97110×1=3000.01+KX                                   | 01-04 OVER_THRESHOLD TARGETED_REVIEW_RISK
					crossing mid-day flags the day      | 2950.00 | 01-04 97110×1 97140×1; 01-07 97110×1 | 97110×1=2980.00+KX 97140×1=3010.00+KX 97110×1=3040.00+KX | 01-04 OVER_THRESHOLD TARGETED_REVIEW_RISK; 01-07 OVER_THRESHOLD TARGETED_REVIEW_RISK
					known part above it, then unknown   | 3010.00 | 01-04 97112×1                 | 97112×1=?                                            | 01-04 UNKNOWN TARGETED_REVIEW_RISK
					""")
	void theLedgerOfAYear(String example, String prior, String billed, String lines, String days) {
		KxLedger ledger = KxLedger.of(YEAR_2027, new BigDecimal(prior), billed(billed), ALWAYS_SUPPORTED);

		assertThat(lines(ledger)).isEqualTo(lines);
		assertThat(days(ledger)).isEqualTo(days);
	}

	@Test
	void k1FromTheNoteMinutesThroughTheCmsRule() {
		UnitAllocation date = CmsUnitRule.allocate(DayNotation.date("97110=30 97140=10"));
		List<KxLedger.Billed> billed = date.lines()
			.stream()
			.map(line -> new KxLedger.Billed(LocalDate.of(2027, 3, 1), line.cpt(), line.units()))
			.toList();

		KxLedger ledger = KxLedger.of(YEAR_2027, new BigDecimal("2400.00"), billed, ALWAYS_SUPPORTED);

		assertThat(lines(ledger)).isEqualTo("97110×2=2460.00 97140×1=2490.00+KX");
		assertThat(ledger.runningTotal()).isEqualTo(new BigDecimal("2490.00"));
		assertThat(ledger.status()).isEqualTo(KxStatus.OVER_THRESHOLD);
	}

	@Test
	void aYearWithoutConfigurationIsUnknownFromItsFirstBilledLineAndNeverCarriesKx() {
		KxLedger ledger = KxLedger.of(null, new BigDecimal("5000.00"), billed("01-04 97110×0; 01-07 97110×2"),
				ALWAYS_SUPPORTED);

		assertThat(lines(ledger)).isEqualTo("97110×0=5000.00 97110×2=?");
		assertThat(days(ledger)).isEqualTo("01-04 UNKNOWN; 01-07 UNKNOWN");
		assertThat(ledger.status()).isEqualTo(KxStatus.UNKNOWN);
		assertThat(ledger.runningTotal()).isNull();
	}

	@Test
	void aYearWithoutLinesStandsOnItsPriorAmount() {
		assertThat(KxLedger.of(YEAR_2027, new BigDecimal("2480.00"), List.of(), ALWAYS_SUPPORTED).status())
			.isEqualTo(KxStatus.BELOW_THRESHOLD);
		assertThat(KxLedger.of(YEAR_2027, new BigDecimal("2480.01"), List.of(), ALWAYS_SUPPORTED).status())
			.isEqualTo(KxStatus.OVER_THRESHOLD);
		KxLedger unconfigured = KxLedger.of(null, new BigDecimal("100"), List.of(), ALWAYS_SUPPORTED);
		assertThat(unconfigured.status()).isEqualTo(KxStatus.UNKNOWN);
		assertThat(unconfigured.runningTotal()).isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void onlyKxDaysTheCallerFindsUnsupportedAreFlagged() {
		LocalDate unsupported = LocalDate.of(2027, 1, 7);
		KxLedger ledger = KxLedger.of(YEAR_2027, new BigDecimal("2440.00"),
				billed("01-04 97110×1; 01-07 97110×1; 01-11 97110×0; 01-14 97110×1"), date -> !date.equals(unsupported)
						&& !date.equals(LocalDate.of(2027, 1, 4)) && !date.equals(LocalDate.of(2027, 1, 11)));

		assertThat(days(ledger)).isEqualTo(
				"01-04 BELOW_THRESHOLD; 01-07 OVER_THRESHOLD KX_WITHOUT_SUPPORT; 01-11 OVER_THRESHOLD; 01-14 OVER_THRESHOLD");
	}

	@Test
	void aDayWhoseKxLinesAreAllAfterAnUnknownAmountIsNoKxDay() {
		KxLedger ledger = KxLedger.of(YEAR_2027, new BigDecimal("2500.00"), billed("01-04 97112×1 97140×1"),
				date -> false);

		assertThat(lines(ledger)).isEqualTo("97112×1=? 97140×1=?");
		assertThat(days(ledger)).isEqualTo("01-04 UNKNOWN");
	}

	@Test
	void refusesALineOfAnotherYearThanTheConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> KxLedger.of(YEAR_2027, BigDecimal.ZERO,
				List.of(new KxLedger.Billed(LocalDate.of(2028, 1, 3), CptCode.THERAPEUTIC_EXERCISE, 1)),
				ALWAYS_SUPPORTED));
	}

	@Test
	void refusesANegativeOrSubCentPriorAmount() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KxLedger.of(YEAR_2027, new BigDecimal("-0.01"), List.of(), ALWAYS_SUPPORTED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KxLedger.of(YEAR_2027, new BigDecimal("0.001"), List.of(), ALWAYS_SUPPORTED));
	}

	private static List<KxLedger.Billed> billed(String days) {
		List<KxLedger.Billed> billed = new ArrayList<>();
		for (String day : days.split(";")) {
			String[] parts = day.trim().split("\\s+");
			LocalDate date = LocalDate.parse("2027-" + parts[0]);
			for (int i = 1; i < parts.length; i++) {
				String[] codeAndUnits = parts[i].split("×");
				billed.add(new KxLedger.Billed(date, CptCode.of(codeAndUnits[0]), Integer.parseInt(codeAndUnits[1])));
			}
		}
		return billed;
	}

	private static String lines(KxLedger ledger) {
		return ledger.lines()
			.stream()
			.map(line -> line.cpt() + "×" + line.units() + "="
					+ ((line.runningTotal() == null) ? "?" : line.runningTotal().toPlainString())
					+ (line.kx() ? "+KX" : ""))
			.collect(Collectors.joining(" "));
	}

	private static String days(KxLedger ledger) {
		return ledger.days()
			.stream()
			.map(day -> (day.date().toString().substring(5) + " " + day.status() + " "
					+ day.flags().stream().map(Enum::name).collect(Collectors.joining(" ")))
				.trim())
			.collect(Collectors.joining("; "));
	}

}

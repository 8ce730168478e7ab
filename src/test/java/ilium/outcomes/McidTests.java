package ilium.outcomes;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class McidTests {

	@ParameterizedTest(name = "{0} {1} → {2}: {3}")
	@CsvSource({
			// NPRS: drop ≥ 2 points or ≥ 30 %
			"NPRS, 8, 6, true", "NPRS, 8, 7, false", "NPRS, 10, 8, true", "NPRS, 4, 3, false", "NPRS, 10, 7, true",
			"NPRS, 2, 1, true", // 50
			// %
			// of
			// a
			// small
			// baseline
			"NPRS, 6, 5, false", "NPRS, 5, 6, false", "NPRS, 0, 0, false",
			// ODI: drop ≥ 10 points or ≥ 30 %
			"ODI, 50.0, 40.0, true", "ODI, 50.0, 40.1, false", "ODI, 20.0, 14.0, true", "ODI, 20.0, 14.1, false",
			"ODI, 40.0, 60.0, false",
			// PSFS: rise ≥ 2 points, no relative rule
			"PSFS, 3.00, 5.00, true", "PSFS, 3.00, 4.99, false", "PSFS, 5.00, 3.00, false", "PSFS, 0.00, 2.00, true",
			// RMDQ: drop ≥ 5 points or ≥ 30 %
			"RMDQ, 20, 15, true", "RMDQ, 20, 16, false", "RMDQ, 10, 7, true", "RMDQ, 10, 8, false" })
	void appliesEachInstrumentsMcidAtItsBoundary(Instrument instrument, BigDecimal baseline, BigDecimal latest,
			boolean improved) {
		assertThat(instrument.mcid().improved(baseline, latest)).isEqualTo(improved);
	}

	@Test
	void publishesTheMcidOfEachInstrument() {
		assertThat(Instrument.NPRS.mcid()).isEqualTo(new Mcid(Mcid.Better.LOWER, BigDecimal.valueOf(2), 30));
		assertThat(Instrument.PSFS.mcid().percent()).isNull();
		assertThat(Instrument.PSFS.mcid().better()).isEqualTo(Mcid.Better.HIGHER);
	}

	@Test
	void summarisesChangeAndPercentChange() {
		OutcomeSummary summary = OutcomeSummary.of(Instrument.ODI, new BigDecimal("32.0"), new BigDecimal("21.3"));
		assertThat(summary.change()).isEqualTo(new BigDecimal("-10.7"));
		// −10.7 ÷ 32.0 = −33.4375 % → −33.4
		assertThat(summary.percentChange()).isEqualTo(new BigDecimal("-33.4"));
		assertThat(summary.improvedByMcid()).isTrue();
	}

	@Test
	void leavesPercentChangeOutWhenTheBaselineIsZero() {
		OutcomeSummary summary = OutcomeSummary.of(Instrument.NPRS, BigDecimal.ZERO, BigDecimal.valueOf(3));
		assertThat(summary.change()).isEqualByComparingTo("3");
		assertThat(summary.percentChange()).isNull();
		assertThat(summary.improvedByMcid()).isFalse();
	}

	@Test
	void roundsPercentChangeHalfUp() {
		// −1 ÷ 8 = −12.5 % exactly; −1 ÷ 16 = −6.25 % → −6.3 (half up, away from zero)
		assertThat(OutcomeSummary.of(Instrument.NPRS, BigDecimal.valueOf(8), BigDecimal.valueOf(7)).percentChange())
			.isEqualTo(new BigDecimal("-12.5"));
		assertThat(OutcomeSummary.of(Instrument.RMDQ, BigDecimal.valueOf(16), BigDecimal.valueOf(15)).percentChange())
			.isEqualTo(new BigDecimal("-6.3"));
	}

}

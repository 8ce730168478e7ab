package ilium.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ilium.outcomes.RecordOutcome.Nprs;
import ilium.outcomes.RecordOutcome.Odi;
import ilium.outcomes.RecordOutcome.Psfs;
import ilium.outcomes.RecordOutcome.Rmdq;
import ilium.outcomes.RecordOutcome.Scored;
import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeScoringTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Test
	void scoresDomainExampleAllTenAnsweredSumming16As32Moderate() {
		Scored scored = odi(2, 2, 2, 2, 2, 2, 1, 1, 1, 1);
		assertThat(scored.score()).isEqualByComparingTo("32.0").hasScaleOf(1);
		assertThat(scored.interpretation()).isEqualTo(OdiBand.MODERATE);
	}

	@Test
	void scoresDomainExampleNineAnsweredSumming16As35Point6() {
		// 16 ÷ 45 × 100 = 35.555… → 35.6 (rounds up): the unanswered section leaves the
		// denominator
		Scored scored = odi(2, 2, 2, 2, 2, 2, 2, 1, 1, null);
		assertThat(scored.score()).isEqualTo(new BigDecimal("35.6"));
		assertThat(scored.interpretation()).isEqualTo(OdiBand.MODERATE);
	}

	@Test
	void scoresEightAnsweredSections() {
		// 10 ÷ 40 × 100 = 25.0
		assertThat(odi(2, 2, 2, 1, 1, 1, 1, 0, null, null).score()).isEqualTo(new BigDecimal("25.0"));
	}

	@Test
	void roundsOdiHalfUpToOneDecimal() {
		// 1 ÷ 45 × 100 = 2.222… → 2.2; 8 ÷ 45 × 100 = 17.777… → 17.8; 41 ÷ 45 × 100 =
		// 91.111… → 91.1
		assertThat(odi(1, 0, 0, 0, 0, 0, 0, 0, 0, null).score()).isEqualTo(new BigDecimal("2.2"));
		assertThat(odi(1, 1, 1, 1, 1, 1, 1, 1, 0, null).score()).isEqualTo(new BigDecimal("17.8"));
		assertThat(odi(5, 5, 5, 5, 5, 5, 5, 5, 1, null).score()).isEqualTo(new BigDecimal("91.1"));
	}

	@Test
	void rejectsSevenAnsweredSectionsNamingAnswers() {
		assertThatThrownBy(() -> odi(1, 1, 1, 1, 1, 1, 1, null, null, null)).isInstanceOfSatisfying(
				ClinicException.class,
				ex -> assertThat(ex.getBody().getProperties().get("errors").toString()).contains("answers"));
	}

	@ParameterizedTest
	@CsvSource({ "0, MINIMAL", "20.0, MINIMAL", "20.1, MODERATE", "40.0, MODERATE", "40.1, SEVERE", "60.0, SEVERE",
			"60.1, CRIPPLING", "80.0, CRIPPLING", "80.1, BED_BOUND", "100.0, BED_BOUND" })
	void bandsTheRoundedOdiScore(String score, OdiBand band) {
		assertThat(OdiBand.of(new BigDecimal(score))).isEqualTo(band);
	}

	@ParameterizedTest
	@CsvSource({ "10, 20.0, MINIMAL", "20, 40.0, MODERATE", "30, 60.0, SEVERE", "40, 80.0, CRIPPLING",
			"41, 82.0, BED_BOUND" })
	void scoresAnswersLandingOnEachBandsUpperBound(int sum, String score, OdiBand band) {
		// ten sections answered: the score is 2 × the sum
		Integer[] answers = new Integer[10];
		for (int i = 0; i < 10; i++) {
			answers[i] = Math.min(5, Math.max(0, sum - 5 * i));
		}
		Scored scored = odi(answers);
		assertThat(scored.score()).isEqualTo(new BigDecimal(score));
		assertThat(scored.interpretation()).isEqualTo(band);
	}

	@Test
	void bandsAllMaximalAnswersAsBedBound() {
		Scored scored = odi(5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		assertThat(scored.score()).isEqualTo(new BigDecimal("100.0"));
		assertThat(scored.interpretation()).isEqualTo(OdiBand.BED_BOUND);
	}

	@Test
	void scoresPsfsAsTheMeanWithTwoDecimals() {
		assertThat(psfs(7).score()).isEqualTo(new BigDecimal("7.00"));
		assertThat(psfs(3, 4).score()).isEqualTo(new BigDecimal("3.50"));
		// 20 ÷ 3 = 6.666… → 6.67 (up); 13 ÷ 3 = 4.333… → 4.33 (down)
		assertThat(psfs(6, 7, 7).score()).isEqualTo(new BigDecimal("6.67"));
		assertThat(psfs(4, 4, 5).score()).isEqualTo(new BigDecimal("4.33"));
		assertThat(psfs(1, 2, 2, 2).score()).isEqualTo(new BigDecimal("1.75"));
		assertThat(psfs(10, 10, 10, 10, 9).score()).isEqualTo(new BigDecimal("9.80"));
		assertThat(psfs(6, 7, 7).interpretation()).isNull();
	}

	@Test
	void scoresRmdqAsTheCountOfYes() {
		assertThat(rmdq(0).score()).isEqualByComparingTo("0");
		assertThat(rmdq(7).score()).isEqualByComparingTo("7");
		assertThat(rmdq(24).score()).isEqualByComparingTo("24");
	}

	@Test
	void scoresNprsAsTheAnswer() {
		Scored scored = new Nprs(DAY, null, 6).scored();
		assertThat(scored.score()).isEqualByComparingTo("6");
		assertThat(scored.interpretation()).isNull();
	}

	private static Scored odi(Integer... answers) {
		return new Odi(DAY, null, Arrays.asList(answers)).scored();
	}

	private static Scored psfs(int... scores) {
		List<PsfsActivity> activities = new ArrayList<>();
		for (int score : scores) {
			activities.add(new PsfsActivity("walking", score));
		}
		return new Psfs(DAY, null, activities).scored();
	}

	private static Scored rmdq(int yes) {
		List<Boolean> answers = new ArrayList<>(Collections.nCopies(24, false));
		for (int i = 0; i < yes; i++) {
			answers.set(i, true);
		}
		return new Rmdq(DAY, null, answers).scored();
	}

}

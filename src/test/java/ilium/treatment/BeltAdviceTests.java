package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ilium.assessment.ClusterResult;
import ilium.assessment.ContributingFactor;
import ilium.assessment.Disposition;
import ilium.assessment.EvaluationView;
import ilium.assessment.JointMobility;
import ilium.assessment.LaslettCluster;
import ilium.assessment.ProvocationResult;
import ilium.assessment.ProvocationTests;
import ilium.assessment.ScreeningView;

import static org.assertj.core.api.Assertions.assertThat;

class BeltAdviceTests {

	@Test
	void aHypermobileJointCallsForABelt() {
		assertThat(BeltAdvice.fromFacts(Optional.of(evaluation(JointMobility.HYPERMOBILE, null)), Optional.empty()))
			.extracting(BeltAdvice::recommended, BeltAdvice::reason)
			.containsExactly(true, BeltReason.HYPERMOBILITY);
	}

	@Test
	void anAslrEasierWithCompressionCallsForABelt() {
		assertThat(BeltAdvice.fromFacts(Optional.of(evaluation(JointMobility.NORMAL, true)), Optional.empty()).reason())
			.isEqualTo(BeltReason.HYPERMOBILITY);
	}

	@Test
	void pregnancyOrChildbirthCallsForABelt() {
		for (ContributingFactor factor : List.of(ContributingFactor.PREGNANCY, ContributingFactor.CHILDBIRTH)) {
			assertThat(BeltAdvice.fromFacts(Optional.of(evaluation(JointMobility.NORMAL, false)),
					Optional.of(screening(factor))))
				.extracting(BeltAdvice::recommended, BeltAdvice::reason)
				.containsExactly(true, BeltReason.PREGNANCY_RELATED);
		}
	}

	@Test
	void otherwiseNoBelt() {
		BeltAdvice advice = BeltAdvice.fromFacts(Optional.of(evaluation(JointMobility.HYPOMOBILE, false)),
				Optional.of(screening(ContributingFactor.HEAVY_LIFTING)));
		assertThat(advice.recommended()).isFalse();
		assertThat(advice.reason()).isNull();
		assertThat(advice.source()).isEqualTo(BeltAdviceSource.PATIENT_FACTS);
	}

	@Test
	void noFactsNoBelt() {
		assertThat(BeltAdvice.fromFacts(Optional.empty(), Optional.empty()).recommended()).isFalse();
	}

	private static EvaluationView evaluation(JointMobility mobility, Boolean easierWithCompression) {
		ProvocationTests tests = new ProvocationTests(ProvocationResult.NEGATIVE, ProvocationResult.NEGATIVE,
				ProvocationResult.NEGATIVE, ProvocationResult.NEGATIVE, ProvocationResult.NEGATIVE);
		return new EvaluationView(UUID.randomUUID(), UUID.randomUUID(), null, Instant.now(), UUID.randomUUID(), tests,
				new LaslettCluster(0, 5, ClusterResult.DOES_NOT_SUPPORT), null, easierWithCompression, mobility, null,
				null, null);
	}

	private static ScreeningView screening(ContributingFactor factor) {
		return new ScreeningView(UUID.randomUUID(), UUID.randomUUID(), LocalDate.now(), Instant.now(),
				UUID.randomUUID(), false, false, false, false, false, false, false, false, false, false, false, null,
				List.of(), List.of(), List.of(factor), null, List.of(), Disposition.CLEAR_TO_TREAT, null, true);
	}

}

package ilium.treatment;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import ilium.assessment.ContributingFactor;
import ilium.assessment.EvaluationView;
import ilium.assessment.ScreeningView;

/**
 * Sacroiliac belt advice of a plan.
 *
 * @param recommended whether a belt is advised
 * @param reason why (always given when recommended)
 * @param wearingInstructions how to wear it
 * @param reviewAfterWeeks when to look at it again
 * @param source filled in from the patient's facts by the protocol's belt rule, or set by
 * the therapist
 */
public record BeltAdvice(boolean recommended, @Nullable BeltReason reason, @Nullable String wearingInstructions,
		@Nullable Integer reviewAfterWeeks, BeltAdviceSource source) {

	/**
	 * DOMAIN.md, belt rule: recommended when the joint is too loose (the latest
	 * evaluation finds it hypermobile, or ASLR easier with compression) or the pain is
	 * pregnancy related (the latest screening names pregnancy or childbirth). When both
	 * hold, hypermobility is given as the reason: it is what the belt treats.
	 */
	static BeltAdvice fromFacts(Optional<EvaluationView> latestEvaluation, Optional<ScreeningView> latestScreening) {
		if (latestEvaluation.filter(EvaluationView::showsHypermobility).isPresent()) {
			return new BeltAdvice(true, BeltReason.HYPERMOBILITY, null, null, BeltAdviceSource.PATIENT_FACTS);
		}
		if (latestScreening
			.filter(s -> s.contributingFactors().contains(ContributingFactor.PREGNANCY)
					|| s.contributingFactors().contains(ContributingFactor.CHILDBIRTH))
			.isPresent()) {
			return new BeltAdvice(true, BeltReason.PREGNANCY_RELATED, null, null, BeltAdviceSource.PATIENT_FACTS);
		}
		return new BeltAdvice(false, null, null, null, BeltAdviceSource.PATIENT_FACTS);
	}

}

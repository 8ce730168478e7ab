package ilium.visits;

import ilium.billing.CptCode;
import ilium.billing.EvaluationComplexity;
import ilium.billing.EvaluationComplexity.DecisionMaking;
import ilium.billing.EvaluationComplexity.Presentation;

/**
 * An initial evaluation's complexity as clients read it: the four components as written,
 * and the code they give (EPISODE.md R6).
 *
 * @param code 97161, 97162 or 97163: the lowest level every component reaches
 */
public record EvaluationComplexityView(int personalFactorsAndComorbidities, int examinedElements,
		Presentation presentation, DecisionMaking decisionMaking, CptCode code) {

	static EvaluationComplexityView of(EvaluationComplexity complexity) {
		return new EvaluationComplexityView(complexity.personalFactorsAndComorbidities(), complexity.examinedElements(),
				complexity.presentation(), complexity.decisionMaking(), complexity.code());
	}

	/** The four components as written, which a draft revised whole carries over. */
	public EvaluationComplexity components() {
		return new EvaluationComplexity(personalFactorsAndComorbidities, examinedElements, presentation,
				decisionMaking);
	}

}

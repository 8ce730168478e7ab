package ilium.billing;

import java.util.stream.IntStream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The four components of an initial evaluation that decide its code (EPISODE.md R6; AMA
 * CPT 97161–97163). Each component reaches a level: low, moderate or high. The evaluation
 * is billed at the lowest level all four reach, so one high component never lifts the
 * code on its own.
 *
 * @param personalFactorsAndComorbidities personal factors and comorbidities affecting the
 * plan of care: none (low), 1–2 (moderate), 3 or more (high)
 * @param examinedElements body structures, functions, activity limitations and
 * participation restrictions examined: 1–2 (low), 3 (moderate), 4 or more (high)
 * @param presentation the clinical presentation
 * @param decisionMaking the complexity of the clinical decision making
 */
public record EvaluationComplexity(@Min(0) @Max(20) int personalFactorsAndComorbidities,
		@Min(1) @Max(20) int examinedElements, @NotNull Presentation presentation,
		@NotNull DecisionMaking decisionMaking) {

	private static final CptCode[] BY_LEVEL = { CptCode.EVALUATION_LOW_COMPLEXITY,
			CptCode.EVALUATION_MODERATE_COMPLEXITY, CptCode.EVALUATION_HIGH_COMPLEXITY };

	/** 97161, 97162 or 97163: the lowest level every component reaches. */
	public CptCode code() {
		int factors = (this.personalFactorsAndComorbidities == 0) ? 0
				: (this.personalFactorsAndComorbidities <= 2) ? 1 : 2;
		int elements = (this.examinedElements <= 2) ? 0 : (this.examinedElements == 3) ? 1 : 2;
		int level = IntStream.of(factors, elements, this.presentation.ordinal(), this.decisionMaking.ordinal())
			.min()
			.orElseThrow();
		return BY_LEVEL[level];
	}

	/** The clinical presentation, by level: low, moderate, high. */
	public enum Presentation {

		STABLE, EVOLVING, UNSTABLE

	}

	/** The complexity of clinical decision making, by level. */
	public enum DecisionMaking {

		LOW, MODERATE, HIGH

	}

}

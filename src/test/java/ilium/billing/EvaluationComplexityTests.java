package ilium.billing;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ilium.billing.EvaluationComplexity.DecisionMaking;
import ilium.billing.EvaluationComplexity.Presentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R6: the evaluation is billed at the lowest level all four components reach.
 */
class EvaluationComplexityTests {

	@ParameterizedTest(name = "{0}: {1}, {2}, {3}, {4} → {5}")
	@CsvSource(delimiter = '|', textBlock = """
			E1                            | 0  | 2  | STABLE   | LOW      | 97161
			E2                            | 2  | 3  | EVOLVING | MODERATE | 97162
			E3                            | 3  | 4  | UNSTABLE | HIGH     | 97163
			factors 0 hold it low         | 0  | 20 | UNSTABLE | HIGH     | 97161
			factors 1 reach moderate      | 1  | 20 | UNSTABLE | HIGH     | 97162
			factors 2 stay moderate       | 2  | 20 | UNSTABLE | HIGH     | 97162
			factors 3 reach high          | 3  | 20 | UNSTABLE | HIGH     | 97163
			2 elements hold it low        | 20 | 2  | UNSTABLE | HIGH     | 97161
			1 element holds it low        | 20 | 1  | UNSTABLE | HIGH     | 97161
			3 elements reach moderate     | 20 | 3  | UNSTABLE | HIGH     | 97162
			4 elements reach high         | 20 | 4  | UNSTABLE | HIGH     | 97163
			stable presentation           | 20 | 20 | STABLE   | HIGH     | 97161
			evolving presentation         | 20 | 20 | EVOLVING | HIGH     | 97162
			low decision making           | 20 | 20 | UNSTABLE | LOW      | 97161
			moderate decision making      | 20 | 20 | UNSTABLE | MODERATE | 97162
			one high component alone      | 0  | 1  | UNSTABLE | LOW      | 97161
			three high, one moderate      | 3  | 4  | EVOLVING | HIGH     | 97162
			""")
	void billsTheLowestLevelEveryComponentReaches(String example, int personalFactorsAndComorbidities,
			int examinedElements, Presentation presentation, DecisionMaking decisionMaking, String code) {
		EvaluationComplexity complexity = new EvaluationComplexity(personalFactorsAndComorbidities, examinedElements,
				presentation, decisionMaking);

		assertThat(complexity.code()).as(example).isEqualTo(CptCode.of(code));
	}

	@Test
	void boundsEachCountAsEpisodeMdDoes() {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

		assertThat(fields(validator.validate(new EvaluationComplexity(0, 1, Presentation.STABLE, DecisionMaking.LOW))))
			.isEmpty();
		assertThat(
				fields(validator.validate(new EvaluationComplexity(20, 20, Presentation.STABLE, DecisionMaking.LOW))))
			.isEmpty();
		assertThat(fields(validator.validate(new EvaluationComplexity(-1, 0, Presentation.STABLE, DecisionMaking.LOW))))
			.containsExactlyInAnyOrder("personalFactorsAndComorbidities", "examinedElements");
		assertThat(
				fields(validator.validate(new EvaluationComplexity(21, 21, Presentation.STABLE, DecisionMaking.LOW))))
			.containsExactlyInAnyOrder("personalFactorsAndComorbidities", "examinedElements");
	}

	private static Set<String> fields(Set<ConstraintViolation<EvaluationComplexity>> violations) {
		return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
	}

}

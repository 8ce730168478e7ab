package ilium.visits;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md (Maitland): joint mobilization 1..4, manipulation 5, every other technique
 * ungraded.
 */
class ManualTechniqueTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4 })
	void jointMobilizationAdmitsGradesOneToFour(int grade) {
		assertThat(ManualTechnique.JOINT_MOBILIZATION.admits(grade)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 5, 6 })
	void jointMobilizationRefusesOtherGrades(int grade) {
		assertThat(ManualTechnique.JOINT_MOBILIZATION.gradeProblem(grade))
			.contains("must be 1..4 for JOINT_MOBILIZATION (Maitland)");
	}

	@Test
	void jointMobilizationNeedsAGrade() {
		assertThat(ManualTechnique.JOINT_MOBILIZATION.gradeProblem(null))
			.contains("is required for JOINT_MOBILIZATION (Maitland 1..4)");
	}

	@Test
	void manipulationIsGradeFiveOnly() {
		assertThat(ManualTechnique.MANIPULATION.admits(5)).isTrue();
		assertThat(ManualTechnique.MANIPULATION.admits(4)).isFalse();
		assertThat(ManualTechnique.MANIPULATION.admits(6)).isFalse();
		assertThat(ManualTechnique.MANIPULATION.gradeProblem(null))
			.contains("is required for MANIPULATION (Maitland 5)");
	}

	@ParameterizedTest
	@EnumSource(value = ManualTechnique.class, names = { "JOINT_MOBILIZATION", "MANIPULATION" },
			mode = EnumSource.Mode.EXCLUDE)
	void everyOtherTechniqueIsUngraded(ManualTechnique technique) {
		assertThat(technique.graded()).isFalse();
		assertThat(technique.admits(null)).isTrue();
		for (int grade = 1; grade <= 5; grade++) {
			assertThat(technique.gradeProblem(grade)).contains("must be absent for " + technique.name());
		}
	}

	@Test
	void onlyMobilizationAndManipulationAreGraded() {
		assertThat(ManualTechnique.JOINT_MOBILIZATION.graded()).isTrue();
		assertThat(ManualTechnique.MANIPULATION.graded()).isTrue();
	}

}

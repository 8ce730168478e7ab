package ilium.visits;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A manual-therapy technique and the Maitland grade it carries (DOMAIN.md, Visit notes
 * and manual therapy): joint mobilization is graded 1..4, manipulation (a high-velocity
 * thrust) is grade 5, and every other technique has no grade.
 */
public enum ManualTechnique {

	SOFT_TISSUE_MOBILIZATION(null), MYOFASCIAL_RELEASE(null), JOINT_MOBILIZATION(new Grades(1, 4)),
	MANIPULATION(new Grades(5, 5)), MUSCLE_ENERGY_TECHNIQUE(null), STRAIN_COUNTERSTRAIN(null), MANUAL_TRACTION(null);

	private final @Nullable Grades grades;

	ManualTechnique(@Nullable Grades grades) {
		this.grades = grades;
	}

	/** Whether this technique is given with a Maitland grade. */
	public boolean graded() {
		return grades != null;
	}

	/**
	 * Why the given grade does not fit this technique, in words for the {@code grade}
	 * field; empty when it fits.
	 */
	public Optional<String> gradeProblem(@Nullable Integer grade) {
		if (grades == null) {
			return grade == null ? Optional.empty() : Optional.of("must be absent for " + name());
		}
		if (grade == null) {
			return Optional.of("is required for " + name() + " (Maitland " + grades + ")");
		}
		return grades.contain(grade) ? Optional.empty()
				: Optional.of("must be " + grades + " for " + name() + " (Maitland)");
	}

	/** Whether the grade fits this technique. */
	public boolean admits(@Nullable Integer grade) {
		return gradeProblem(grade).isEmpty();
	}

	private record Grades(int lowest, int highest) {

		boolean contain(int grade) {
			return grade >= lowest && grade <= highest;
		}

		@Override
		public String toString() {
			return lowest == highest ? String.valueOf(lowest) : lowest + ".." + highest;
		}

	}

}

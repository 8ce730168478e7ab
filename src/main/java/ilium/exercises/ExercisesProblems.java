package ilium.exercises;

/**
 * The problem types only {@code exercises} answers. Each constant is the slug that ends
 * the problem's {@code type}; docs/api.md lists them all.
 */
final class ExercisesProblems {

	/** 409: the library already has an exercise of this name. */
	static final String DUPLICATE_EXERCISE = "duplicate-exercise";

	private ExercisesProblems() {
	}

}

package ilium.exercises;

/**
 * Which side an exercise is done on; {@code ALTERNATING} switches legs between sets.
 */
public enum ExerciseSide {

	LEFT, RIGHT, BOTH, ALTERNATING

}

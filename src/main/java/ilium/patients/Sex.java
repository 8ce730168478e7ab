package ilium.patients;

/**
 * A patient's sex as the clinic records it.
 */
public enum Sex {

	FEMALE, MALE, OTHER, UNKNOWN

}

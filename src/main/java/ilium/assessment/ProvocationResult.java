package ilium.assessment;

/**
 * The result of one provocation test: {@code POSITIVE} reproduces the patient's familiar
 * pain.
 */
public enum ProvocationResult {

	POSITIVE, NEGATIVE, NOT_TESTED

}

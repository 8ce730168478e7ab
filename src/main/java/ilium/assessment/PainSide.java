package ilium.assessment;

/**
 * Where the pain is felt.
 */
public enum PainSide {

	LEFT, RIGHT, BILATERAL

}

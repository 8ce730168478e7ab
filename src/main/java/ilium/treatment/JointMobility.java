package ilium.treatment;

/**
 * How the SI joint moves on examination.
 */
public enum JointMobility {

	HYPERMOBILE, NORMAL, HYPOMOBILE

}

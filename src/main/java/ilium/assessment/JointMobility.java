package ilium.assessment;

/**
 * How the SI joint moves on examination.
 */
public enum JointMobility {

	HYPERMOBILE, NORMAL, HYPOMOBILE

}

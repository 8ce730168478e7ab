package ilium.assessment;

/**
 * What the Laslett cluster says about the SI joint as the pain source.
 */
public enum ClusterResult {

	SUPPORTS_SI_JOINT_PAIN, DOES_NOT_SUPPORT, INSUFFICIENT_TESTS

}

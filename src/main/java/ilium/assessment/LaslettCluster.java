package ilium.assessment;

/**
 * The Laslett (2005) cluster result of five provocation tests, by the rules of DOMAIN.md.
 * PostgreSQL holds the same rule ({@code evaluation_cluster_of}, V70): a change here
 * needs a migration that changes it there.
 *
 * @param positiveCount how many of the five tests reproduced the familiar pain
 * @param testedCount how many of the five tests were done
 * @param result what the cluster says
 */
public record LaslettCluster(int positiveCount, int testedCount, ClusterResult result) {

	static LaslettCluster of(ProvocationTests tests) {
		int positive = (int) tests.all().filter(r -> r == ProvocationResult.POSITIVE).count();
		int tested = (int) tests.all().filter(r -> r != ProvocationResult.NOT_TESTED).count();
		return new LaslettCluster(positive, tested, resultOf(tests));
	}

	// DOMAIN.md: two positive of distraction, thigh thrust, compression and sacral thrust
	// support SI joint pain; all four tested with at most one positive does not. Gaenslen
	// adds nothing (Laslett 2005), so it never decides and one more test never turns a
	// result around.
	private static ClusterResult resultOf(ProvocationTests tests) {
		long positive = tests.allButGaenslen().filter(r -> r == ProvocationResult.POSITIVE).count();
		long tested = tests.allButGaenslen().filter(r -> r != ProvocationResult.NOT_TESTED).count();
		if (positive >= 2) {
			return ClusterResult.SUPPORTS_SI_JOINT_PAIN;
		}
		return (tested == 4) ? ClusterResult.DOES_NOT_SUPPORT : ClusterResult.INSUFFICIENT_TESTS;
	}

}

package ilium.treatment;

/**
 * The Laslett (2005) cluster result of five provocation tests, by the rules of DOMAIN.md.
 *
 * @param positiveCount how many tests reproduced the familiar pain
 * @param testedCount how many tests were done
 * @param result what the cluster says
 */
public record LaslettCluster(int positiveCount, int testedCount, ClusterResult result) {

	static LaslettCluster of(ProvocationTests tests) {
		int positive = (int) tests.all().filter(r -> r == ProvocationResult.POSITIVE).count();
		int tested = (int) tests.all().filter(r -> r != ProvocationResult.NOT_TESTED).count();
		return new LaslettCluster(positive, tested, resultOf(tests, positive, tested));
	}

	private static ClusterResult resultOf(ProvocationTests tests, int positive, int tested) {
		boolean gaenslenSkipped = tests.gaenslen() == ProvocationResult.NOT_TESTED;
		boolean otherFourTested = tests.allButGaenslen().noneMatch(r -> r == ProvocationResult.NOT_TESTED);
		// DOMAIN.md: 3 or more positive, or Gaenslen not tested and 2 of the other four
		// positive.
		if (positive >= 3 || (gaenslenSkipped && otherFourTested && positive >= 2)) {
			return ClusterResult.SUPPORTS_SI_JOINT_PAIN;
		}
		// DOMAIN.md: all five tested with at most 2 positive, or the four tested with at
		// most 1.
		if (tested == 5 || (gaenslenSkipped && otherFourTested)) {
			return ClusterResult.DOES_NOT_SUPPORT;
		}
		return ClusterResult.INSUFFICIENT_TESTS;
	}

}

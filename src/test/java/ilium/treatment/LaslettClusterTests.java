package ilium.treatment;

import org.junit.jupiter.api.Test;

import static ilium.treatment.ProvocationResult.NEGATIVE;
import static ilium.treatment.ProvocationResult.NOT_TESTED;
import static ilium.treatment.ProvocationResult.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the cluster rules of DOMAIN.md (Laslett 2005) case by case.
 */
class LaslettClusterTests {

	@Test
	void threePositiveOfFiveSupports() {
		assertThat(cluster(POSITIVE, POSITIVE, POSITIVE, NEGATIVE, NEGATIVE))
			.isEqualTo(new LaslettCluster(3, 5, ClusterResult.SUPPORTS_SI_JOINT_PAIN));
	}

	@Test
	void fivePositiveSupports() {
		assertThat(cluster(POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE))
			.isEqualTo(new LaslettCluster(5, 5, ClusterResult.SUPPORTS_SI_JOINT_PAIN));
	}

	@Test
	void threePositiveWithUntestedOnesStillSupports() {
		assertThat(cluster(POSITIVE, POSITIVE, POSITIVE, NOT_TESTED, NOT_TESTED))
			.isEqualTo(new LaslettCluster(3, 3, ClusterResult.SUPPORTS_SI_JOINT_PAIN));
	}

	@Test
	void gaenslenNotTestedAndTwoOfTheOtherFourPositiveSupports() {
		assertThat(cluster(POSITIVE, POSITIVE, NEGATIVE, NEGATIVE, NOT_TESTED))
			.isEqualTo(new LaslettCluster(2, 4, ClusterResult.SUPPORTS_SI_JOINT_PAIN));
	}

	@Test
	void gaenslenNotTestedAndOneOfTheOtherFourPositiveDoesNotSupport() {
		assertThat(cluster(NEGATIVE, NEGATIVE, POSITIVE, NEGATIVE, NOT_TESTED))
			.isEqualTo(new LaslettCluster(1, 4, ClusterResult.DOES_NOT_SUPPORT));
	}

	@Test
	void gaenslenNotTestedAndNoneOfTheOtherFourPositiveDoesNotSupport() {
		assertThat(cluster(NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NOT_TESTED))
			.isEqualTo(new LaslettCluster(0, 4, ClusterResult.DOES_NOT_SUPPORT));
	}

	@Test
	void allFiveTestedWithExactlyTwoPositiveDoesNotSupport() {
		assertThat(cluster(POSITIVE, NEGATIVE, NEGATIVE, NEGATIVE, POSITIVE))
			.isEqualTo(new LaslettCluster(2, 5, ClusterResult.DOES_NOT_SUPPORT));
	}

	@Test
	void allFiveTestedWithNonePositiveDoesNotSupport() {
		assertThat(cluster(NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE))
			.isEqualTo(new LaslettCluster(0, 5, ClusterResult.DOES_NOT_SUPPORT));
	}

	@Test
	void twoPositiveWithAnotherTestThanGaenslenMissingIsInsufficient() {
		assertThat(cluster(POSITIVE, POSITIVE, NEGATIVE, NOT_TESTED, NEGATIVE))
			.isEqualTo(new LaslettCluster(2, 4, ClusterResult.INSUFFICIENT_TESTS));
	}

	@Test
	void gaenslenNotTestedWithAnotherMissingIsInsufficient() {
		assertThat(cluster(POSITIVE, POSITIVE, NOT_TESTED, NEGATIVE, NOT_TESTED))
			.isEqualTo(new LaslettCluster(2, 3, ClusterResult.INSUFFICIENT_TESTS));
	}

	@Test
	void nothingTestedIsInsufficient() {
		assertThat(cluster(NOT_TESTED, NOT_TESTED, NOT_TESTED, NOT_TESTED, NOT_TESTED))
			.isEqualTo(new LaslettCluster(0, 0, ClusterResult.INSUFFICIENT_TESTS));
	}

	@Test
	void fourTestedIncludingGaenslenWithOnePositiveIsInsufficient() {
		assertThat(cluster(NOT_TESTED, NEGATIVE, NEGATIVE, NEGATIVE, POSITIVE))
			.isEqualTo(new LaslettCluster(1, 4, ClusterResult.INSUFFICIENT_TESTS));
	}

	private static LaslettCluster cluster(ProvocationResult distraction, ProvocationResult thighThrust,
			ProvocationResult compression, ProvocationResult sacralThrust, ProvocationResult gaenslen) {
		return LaslettCluster.of(new ProvocationTests(distraction, thighThrust, compression, sacralThrust, gaenslen));
	}

}

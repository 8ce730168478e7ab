package ilium.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static ilium.assessment.ClusterResult.DOES_NOT_SUPPORT;
import static ilium.assessment.ClusterResult.INSUFFICIENT_TESTS;
import static ilium.assessment.ClusterResult.SUPPORTS_SI_JOINT_PAIN;
import static ilium.assessment.ProvocationResult.NEGATIVE;
import static ilium.assessment.ProvocationResult.NOT_TESTED;
import static ilium.assessment.ProvocationResult.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the cluster rule of DOMAIN.md (Laslett 2005): two positive of distraction, thigh
 * thrust, compression and sacral thrust support SI joint pain; all four tested with at
 * most one positive does not; Gaenslen is counted but never decides.
 */
class LaslettClusterTests {

	static Stream<Arguments> clinicalCases() {
		return Stream.of(
				clinicalCase("distraction and thigh thrust positive, the rest skipped: supports",
						tests(POSITIVE, POSITIVE, NOT_TESTED, NOT_TESTED, NOT_TESTED), 2, 2, SUPPORTS_SI_JOINT_PAIN),
				clinicalCase("compression and sacral thrust positive, the first two skipped: supports",
						tests(NOT_TESTED, NOT_TESTED, POSITIVE, POSITIVE, NOT_TESTED), 2, 2, SUPPORTS_SI_JOINT_PAIN),
				clinicalCase("two of the four positive with Gaenslen negative: supports",
						tests(POSITIVE, NEGATIVE, POSITIVE, NEGATIVE, NEGATIVE), 2, 5, SUPPORTS_SI_JOINT_PAIN),
				clinicalCase("all five positive: supports", tests(POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE), 5,
						5, SUPPORTS_SI_JOINT_PAIN),
				clinicalCase("four tested, one positive: does not support",
						tests(NEGATIVE, NEGATIVE, POSITIVE, NEGATIVE, NOT_TESTED), 1, 4, DOES_NOT_SUPPORT),
				clinicalCase("four tested, none positive: does not support",
						tests(NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NOT_TESTED), 0, 4, DOES_NOT_SUPPORT),
				clinicalCase("Gaenslen positive alone changes nothing: the four negative still do not support",
						tests(NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, POSITIVE), 1, 5, DOES_NOT_SUPPORT),
				clinicalCase("Gaenslen positive with one of the four: still does not support",
						tests(POSITIVE, NEGATIVE, NEGATIVE, NEGATIVE, POSITIVE), 2, 5, DOES_NOT_SUPPORT),
				clinicalCase("Gaenslen positive with one of the four and the rest skipped: insufficient",
						tests(POSITIVE, NOT_TESTED, NOT_TESTED, NOT_TESTED, POSITIVE), 2, 2, INSUFFICIENT_TESTS),
				clinicalCase("Gaenslen positive alone, the four not all tested: insufficient",
						tests(NEGATIVE, NEGATIVE, NEGATIVE, NOT_TESTED, POSITIVE), 1, 4, INSUFFICIENT_TESTS),
				clinicalCase("one positive, the rest skipped: insufficient",
						tests(POSITIVE, NOT_TESTED, NOT_TESTED, NOT_TESTED, NOT_TESTED), 1, 1, INSUFFICIENT_TESTS),
				clinicalCase("three of the four negative and sacral thrust skipped: insufficient",
						tests(NEGATIVE, NEGATIVE, NEGATIVE, NOT_TESTED, NEGATIVE), 0, 4, INSUFFICIENT_TESTS),
				clinicalCase("nothing tested: insufficient",
						tests(NOT_TESTED, NOT_TESTED, NOT_TESTED, NOT_TESTED, NOT_TESTED), 0, 0, INSUFFICIENT_TESTS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clinicalCases")
	void clinicalCase(String description, ProvocationTests tests, LaslettCluster expected) {
		assertThat(LaslettCluster.of(tests)).isEqualTo(expected);
	}

	@Test
	void everyCombinationFollowsTheRuleAsStated() {
		for (ProvocationTests tests : everyCombination()) {
			long fourPositive = tests.allButGaenslen().filter(r -> r == POSITIVE).count();
			long fourTested = tests.allButGaenslen().filter(r -> r != NOT_TESTED).count();
			ClusterResult expected = (fourPositive >= 2) ? SUPPORTS_SI_JOINT_PAIN
					: (fourTested == 4) ? DOES_NOT_SUPPORT : INSUFFICIENT_TESTS;
			assertThat(LaslettCluster.of(tests)).as(tests.toString())
				.isEqualTo(new LaslettCluster((int) tests.all().filter(r -> r == POSITIVE).count(),
						(int) tests.all().filter(r -> r != NOT_TESTED).count(), expected));
		}
	}

	@Test
	void gaenslenNeverDecidesTheResult() {
		for (ProvocationTests tests : everyCombination()) {
			ProvocationResult[] results = results(tests);
			for (ProvocationResult gaenslen : ProvocationResult.values()) {
				results[4] = gaenslen;
				assertThat(LaslettCluster.of(tests(results)).result()).as(tests + " with Gaenslen " + gaenslen)
					.isEqualTo(LaslettCluster.of(tests).result());
			}
		}
	}

	@Test
	void oneMoreTestNeverTurnsAResultAround() {
		for (ProvocationTests before : everyCombination()) {
			ClusterResult was = LaslettCluster.of(before).result();
			for (int test = 0; test < 5; test++) {
				if (results(before)[test] != NOT_TESTED) {
					continue;
				}
				for (ProvocationResult outcome : List.of(POSITIVE, NEGATIVE)) {
					ProvocationResult[] after = results(before);
					after[test] = outcome;
					ClusterResult now = LaslettCluster.of(tests(after)).result();
					assertThat(was == SUPPORTS_SI_JOINT_PAIN && now == DOES_NOT_SUPPORT
							|| was == DOES_NOT_SUPPORT && now == SUPPORTS_SI_JOINT_PAIN)
						.as("%s, then test %d %s: %s became %s", before, test, outcome, was, now)
						.isFalse();
				}
			}
		}
	}

	@Test
	void thereAreAllTwoHundredFortyThreeCombinations() {
		assertThat(everyCombination()).hasSize(243).doesNotHaveDuplicates();
	}

	/** Every one of the 3^5 ways five tests can come out. */
	static List<ProvocationTests> everyCombination() {
		List<ProvocationTests> all = new ArrayList<>();
		ProvocationResult[] values = ProvocationResult.values();
		for (int n = 0; n < 243; n++) {
			ProvocationResult[] results = new ProvocationResult[5];
			for (int i = 0, rest = n; i < 5; i++, rest /= 3) {
				results[i] = values[rest % 3];
			}
			all.add(tests(results));
		}
		return all;
	}

	private static Arguments clinicalCase(String description, ProvocationTests tests, int positive, int tested,
			ClusterResult result) {
		return Arguments.of(description, tests, new LaslettCluster(positive, tested, result));
	}

	private static ProvocationTests tests(ProvocationResult... r) {
		return new ProvocationTests(r[0], r[1], r[2], r[3], r[4]);
	}

	private static ProvocationResult[] results(ProvocationTests t) {
		return t.all().toArray(ProvocationResult[]::new);
	}

}

package ilium.billing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An NCCI pair is unordered: one form, the lower code first (EPISODE.md R7). */
class NcciPairTests {

	@Test
	void keepsTheLowerCodeFirstWhicheverWayItIsGiven() {
		NcciPair reversed = new NcciPair(CptCode.THERAPEUTIC_ACTIVITIES, CptCode.MANUAL_THERAPY);

		assertThat(reversed).isEqualTo(new NcciPair(CptCode.MANUAL_THERAPY, CptCode.THERAPEUTIC_ACTIVITIES));
		assertThat(reversed.codes()).containsExactly(CptCode.MANUAL_THERAPY, CptCode.THERAPEUTIC_ACTIVITIES);
	}

	@Test
	void needsTwoDifferentCodes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NcciPair(CptCode.MANUAL_THERAPY, CptCode.MANUAL_THERAPY));
	}

}

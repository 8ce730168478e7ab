package ilium.visits;

import org.junit.jupiter.api.Test;

import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualTherapyEntryTests {

	@Test
	void aFittingGradeOnAPairedRegionWithASideIsConsistent() {
		assertThatCode(() -> entry(ManualTechnique.MANIPULATION, TreatedRegion.SACROILIAC_JOINT, BodySide.LEFT, 5)
			.requireConsistent(0)).doesNotThrowAnyException();
	}

	@Test
	void aMisfittingGradeIsA400NamingTheEntrysGrade() {
		assertThatThrownBy(
				() -> entry(ManualTechnique.MANIPULATION, TreatedRegion.PELVIS, null, 4).requireConsistent(2))
			.isInstanceOfSatisfying(ClinicException.class,
					ex -> org.assertj.core.api.Assertions
						.assertThat(ex.getBody().getProperties().get("errors").toString())
						.contains("manualTherapy[2].grade"));
	}

	@Test
	void aPairedRegionWithoutASideIsA400NamingTheSide() {
		assertThatThrownBy(
				() -> entry(ManualTechnique.MYOFASCIAL_RELEASE, TreatedRegion.HIP, null, null).requireConsistent(0))
			.isInstanceOfSatisfying(ClinicException.class,
					ex -> org.assertj.core.api.Assertions
						.assertThat(ex.getBody().getProperties().get("errors").toString())
						.contains("manualTherapy[0].side"));
	}

	@Test
	void aCentralRegionNeedsNoSide() {
		assertThatCode(() -> entry(ManualTechnique.JOINT_MOBILIZATION, TreatedRegion.LUMBAR_SPINE, null, 2)
			.requireConsistent(0)).doesNotThrowAnyException();
	}

	private static ManualTherapyEntry entry(ManualTechnique technique, TreatedRegion region, BodySide side,
			Integer grade) {
		return new ManualTherapyEntry(technique, region, side, grade, 10, null);
	}

}

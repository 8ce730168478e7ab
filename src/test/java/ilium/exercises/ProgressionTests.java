package ilium.exercises;

import org.junit.jupiter.api.Test;

import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgressionTests {

	private final Dosage hipAbductorStretch = new Dosage(1, 3, 10, 1, 7, ExerciseSide.BOTH, new Progression(30, 5, 7));

	@Test
	void theHipAbductorStretchHolds10SecondsOnTheFirstDays() {
		assertThat(hipAbductorStretch.holdSecondsAfter(0)).isEqualTo(10);
		assertThat(hipAbductorStretch.holdSecondsAfter(6)).isEqualTo(10);
	}

	@Test
	void theHipAbductorStretchHolds15SecondsAfterAWeekAnd20AfterTwo() {
		assertThat(hipAbductorStretch.holdSecondsAfter(7)).isEqualTo(15);
		assertThat(hipAbductorStretch.holdSecondsAfter(13)).isEqualTo(15);
		assertThat(hipAbductorStretch.holdSecondsAfter(14)).isEqualTo(20);
	}

	@Test
	void theHoldStopsAtTheTarget() {
		assertThat(hipAbductorStretch.holdSecondsAfter(28)).isEqualTo(30);
		assertThat(hipAbductorStretch.holdSecondsAfter(365)).isEqualTo(30);
	}

	@Test
	void beforeTheDoseBeginsTheHoldIsTheBase() {
		assertThat(hipAbductorStretch.holdSecondsAfter(-10)).isEqualTo(10);
	}

	@Test
	void aStepThatOvershootsTheTargetStopsAtIt() {
		Dosage dose = new Dosage(1, 1, 10, 1, 7, ExerciseSide.BOTH, new Progression(12, 5, 1));
		assertThat(dose.holdSecondsAfter(1)).isEqualTo(12);
	}

	@Test
	void withoutProgressionTheHoldStays() {
		Dosage dose = new Dosage(1, 10, 5, 1, 7, ExerciseSide.BOTH, null);
		assertThat(dose.holdSecondsAfter(100)).isEqualTo(5);
	}

	@Test
	void refusesATargetBelowTheStartingHold() {
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 1, 20, 1, 7, ExerciseSide.BOTH, new Progression(10, 5, 7)));
	}

	@Test
	void refusesDosesOutsideTheDomainBounds() {
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(11, 1, 0, 1, 7, ExerciseSide.BOTH, null));
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 51, 0, 1, 7, ExerciseSide.BOTH, null));
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 1, 301, 1, 7, ExerciseSide.BOTH, null));
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 1, 0, 6, 7, ExerciseSide.BOTH, null));
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 1, 0, 1, 8, ExerciseSide.BOTH, null));
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> new Dosage(1, 1, 0, 1, 7, ExerciseSide.BOTH, new Progression(30, 0, 7)));
	}

}

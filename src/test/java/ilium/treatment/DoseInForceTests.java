package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which dose a home program shows on a date, progression applied from the day that dose
 * took effect.
 */
class DoseInForceTests {

	private static final LocalDate START = LocalDate.of(2026, 12, 1);

	@Test
	void progressesFromThePlansStartDate() {
		PrescriptionView stretch = prescription(START, List.of());
		assertThat(stretch.on(START, null).holdSeconds()).isEqualTo(10);
		assertThat(stretch.on(START.plusDays(7), null).holdSeconds()).isEqualTo(15);
		assertThat(stretch.on(START.plusDays(14), null).holdSeconds()).isEqualTo(20);
	}

	@Test
	void beforeTheStartShowsTheFirstDoseUnprogressed() {
		assertThat(prescription(START, List.of()).on(START.minusDays(3), null).holdSeconds()).isEqualTo(10);
	}

	@Test
	void aChangedDoseRestartsItsProgressionOnTheDayOfTheChange() {
		LocalDate changedOn = START.plusDays(10);
		DoseRecord earlier = new DoseRecord(1, 3, 10, 1, 7, ExerciseSide.BOTH, new Progression(30, 5, 7), "old", START,
				Instant.now(), UUID.randomUUID());
		PrescriptionView stretch = prescription(changedOn, List.of(earlier));
		HomeProgramView.Exercise before = stretch.on(START.plusDays(8), null);
		assertThat(before.holdSeconds()).isEqualTo(15);
		assertThat(before.reps()).isEqualTo(3);
		assertThat(before.instructions()).isEqualTo("old");
		HomeProgramView.Exercise after = stretch.on(changedOn.plusDays(7), null);
		assertThat(after.reps()).isEqualTo(5);
		assertThat(after.holdSeconds()).isEqualTo(15);
	}

	@Test
	void fallsBackToTheLibraryInstructions() {
		PrescriptionView stretch = new PrescriptionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"Hip abductor stretch", 1, 3, 10, 1, 7, ExerciseSide.BOTH, null, null, START, true, List.of());
		assertThat(stretch.on(START, "lean toward the toes").instructions()).isEqualTo("lean toward the toes");
	}

	private static PrescriptionView prescription(LocalDate since, List<DoseRecord> history) {
		int reps = history.isEmpty() ? 3 : 5;
		return new PrescriptionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Hip abductor stretch", 1,
				reps, 10, 1, 7, ExerciseSide.BOTH, new Progression(30, 5, 7), "new", since, true, history);
	}

}

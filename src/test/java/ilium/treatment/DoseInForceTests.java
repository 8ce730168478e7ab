package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which dose a home program shows on a day (DOMAIN.md): nothing before the day it was
 * prescribed or from the day it stopped, else the dose in force that day, its hold
 * progressed from the day the hold was set.
 */
class DoseInForceTests {

	private static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	private static final LocalDate START = LocalDate.of(2026, 12, 1);

	@Test
	void progressesFromTheDayTheHoldWasSet() {
		PrescriptionView stretch = prescription(START, START, null, List.of());
		assertThat(holdOn(stretch, START)).isEqualTo(10);
		assertThat(holdOn(stretch, START.plusDays(7))).isEqualTo(15);
		assertThat(holdOn(stretch, START.plusDays(14))).isEqualTo(20);
	}

	@Test
	void isNotInTheProgramBeforeTheDayItWasPrescribed() {
		PrescriptionView addedLater = prescription(START, START.plusDays(21), null, List.of());
		assertThat(addedLater.on(START.plusDays(20), CLINIC, null)).isEmpty();
		assertThat(addedLater.on(START.plusDays(21), CLINIC, null)).isPresent();
	}

	@Test
	void leavesTheProgramOnTheDayItStops() {
		Instant stoppedAt = at(START.plusDays(10), 9);
		PrescriptionView stopped = prescription(START, START, stoppedAt, List.of());
		assertThat(stopped.on(START.plusDays(9), CLINIC, null)).isPresent();
		assertThat(stopped.on(START.plusDays(10), CLINIC, null)).isEmpty();
		assertThat(stopped.on(START.plusDays(30), CLINIC, null)).isEmpty();
	}

	@Test
	void showsTheDoseInForceOnEachDay() {
		LocalDate changedOn = START.plusDays(10);
		DoseRecord earlier = new DoseRecord(1, 3, 10, 1, 7, ExerciseSide.BOTH, new Progression(30, 5, 7), "old", START,
				at(changedOn, 15), UUID.randomUUID());
		PrescriptionView stretch = prescription(changedOn, START, null, List.of(earlier));
		HomeProgramView.Exercise before = stretch.on(changedOn.minusDays(1), CLINIC, null).orElseThrow();
		assertThat(before.reps()).isEqualTo(3);
		assertThat(before.holdSeconds()).isEqualTo(15);
		assertThat(before.instructions()).isEqualTo("old");
		HomeProgramView.Exercise onTheDay = stretch.on(changedOn, CLINIC, null).orElseThrow();
		assertThat(onTheDay.reps()).isEqualTo(5);
		assertThat(onTheDay.holdSeconds()).isEqualTo(10);
		assertThat(holdOn(stretch, changedOn.plusDays(7))).isEqualTo(15);
	}

	@Test
	void aDoseChangedLateInTheEveningIsInForceFromThatClinicDay() {
		LocalDate changedOn = START.plusDays(10);
		// 23:30 in Los Angeles is already the next day in UTC.
		DoseRecord earlier = new DoseRecord(1, 3, 10, 1, 7, ExerciseSide.BOTH, null, null, START,
				at(changedOn, 23).plusSeconds(1800), UUID.randomUUID());
		PrescriptionView stretch = prescription(changedOn, START, null, List.of(earlier));
		assertThat(stretch.on(changedOn, CLINIC, null).orElseThrow().reps()).isEqualTo(5);
		assertThat(stretch.on(changedOn.minusDays(1), CLINIC, null).orElseThrow().reps()).isEqualTo(3);
	}

	@Test
	void fallsBackToTheLibraryInstructions() {
		PrescriptionView stretch = new PrescriptionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"Hip abductor stretch", 1, 3, 10, 1, 7, ExerciseSide.BOTH, null, null, START, START, true, null,
				List.of());
		assertThat(stretch.on(START, CLINIC, "lean toward the toes").orElseThrow().instructions())
			.isEqualTo("lean toward the toes");
	}

	private static int holdOn(PrescriptionView prescription, LocalDate day) {
		return prescription.on(day, CLINIC, null).orElseThrow().holdSeconds();
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(CLINIC).toInstant();
	}

	private static PrescriptionView prescription(LocalDate holdSince, LocalDate prescribedOn,
			@Nullable Instant stoppedAt, List<DoseRecord> history) {
		int reps = history.isEmpty() ? 3 : 5;
		return new PrescriptionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Hip abductor stretch", 1,
				reps, 10, 1, 7, ExerciseSide.BOTH, new Progression(30, 5, 7), "new", holdSince, prescribedOn,
				stoppedAt == null, stoppedAt, history);
	}

}

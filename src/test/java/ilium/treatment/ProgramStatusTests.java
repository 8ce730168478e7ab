package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's home program status on a day follows the plan's status at the end of that
 * clinic-local day, and is never ACTIVE before the plan's start date.
 */
class ProgramStatusTests {

	private static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	private static final LocalDate START = LocalDate.of(2026, 12, 1);

	@Test
	void isNotStartedBeforeActivationAndBeforeTheStartDate() {
		TreatmentPlanView plan = plan(START, change(PlanStatus.DRAFT, START.minusDays(5)),
				change(PlanStatus.ACTIVE, START.minusDays(2)));
		assertThat(ProgramStatus.of(plan, START.minusDays(3), CLINIC)).isEqualTo(ProgramStatus.NOT_STARTED);
		assertThat(ProgramStatus.of(plan, START.minusDays(1), CLINIC)).isEqualTo(ProgramStatus.NOT_STARTED);
		assertThat(ProgramStatus.of(plan, START, CLINIC)).isEqualTo(ProgramStatus.ACTIVE);
	}

	@Test
	void followsHoldResumeAndEnd() {
		TreatmentPlanView plan = plan(START, change(PlanStatus.DRAFT, START), change(PlanStatus.ACTIVE, START),
				change(PlanStatus.ON_HOLD, START.plusDays(5)), change(PlanStatus.ACTIVE, START.plusDays(9)),
				change(PlanStatus.COMPLETED, START.plusDays(20)));
		assertThat(ProgramStatus.of(plan, START.plusDays(4), CLINIC)).isEqualTo(ProgramStatus.ACTIVE);
		assertThat(ProgramStatus.of(plan, START.plusDays(5), CLINIC)).isEqualTo(ProgramStatus.ON_HOLD);
		assertThat(ProgramStatus.of(plan, START.plusDays(8), CLINIC)).isEqualTo(ProgramStatus.ON_HOLD);
		assertThat(ProgramStatus.of(plan, START.plusDays(9), CLINIC)).isEqualTo(ProgramStatus.ACTIVE);
		assertThat(ProgramStatus.of(plan, START.plusDays(20), CLINIC)).isEqualTo(ProgramStatus.ENDED);
		assertThat(ProgramStatus.of(plan, START.plusDays(200), CLINIC)).isEqualTo(ProgramStatus.ENDED);
	}

	@Test
	void aDayIsJudgedByHowItEndedInTheClinic() {
		TreatmentPlanView plan = plan(START, change(PlanStatus.DRAFT, START), change(PlanStatus.ACTIVE, START),
				new StatusChange(PlanStatus.ON_HOLD,
						START.plusDays(3).atTime(LocalTime.of(23, 30)).atZone(CLINIC).toInstant(), UUID.randomUUID(),
						"Red-flag screening"));
		assertThat(ProgramStatus.of(plan, START.plusDays(3), CLINIC)).isEqualTo(ProgramStatus.ON_HOLD);
		assertThat(ProgramStatus.of(plan, START.plusDays(2), CLINIC)).isEqualTo(ProgramStatus.ACTIVE);
	}

	private static StatusChange change(PlanStatus status, LocalDate day) {
		Instant at = day.atTime(LocalTime.NOON).atZone(CLINIC).toInstant();
		return new StatusChange(status, at, UUID.randomUUID(), null);
	}

	private static TreatmentPlanView plan(LocalDate startDate, StatusChange... history) {
		PlanStatus status = history[history.length - 1].status();
		return new TreatmentPlanView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, "M53.3",
				List.of(new GoalView("LTG1", GoalTerm.LONG_TERM, "Walk to work", null, null, GoalStatus.ACTIVE, null)),
				2, 6, startDate, null, null, List.of(), status, List.of(history), null, List.of(), null, List.of(),
				null, null, null, Instant.now(), 0, null);
	}

}

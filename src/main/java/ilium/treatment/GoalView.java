package ilium.treatment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A goal of a plan (EPISODE.md "Goal"). {@code id} is {@code STG<n>} or {@code LTG<n>},
 * counted per plan and term and never reused. A goal is measurable when it has both a
 * {@code measure} and a {@code targetDate}: goals given at plan creation may have neither
 * until their therapist adds them. {@code statusOn} is the day the status was last
 * recorded (null while no status has been).
 */
public record GoalView(String id, GoalTerm term, String description, @Nullable GoalMeasure measure,
		@Nullable LocalDate targetDate, GoalStatus status, @Nullable LocalDate statusOn) {

	/** Whether the goal has a measure and a target date. */
	public boolean measurable() {
		return measure != null && targetDate != null;
	}

	/** Whether the goal may still change: only an ACTIVE one may. */
	public boolean active() {
		return status == GoalStatus.ACTIVE;
	}

	/** The goal's editable content, for a merge patch. */
	ChangeGoal content() {
		return new ChangeGoal(description, measure, targetDate);
	}

}

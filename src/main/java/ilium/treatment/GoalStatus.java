package ilium.treatment;

/**
 * Where a goal stands (EPISODE.md "Goal"). A goal is {@code ACTIVE} until a progress
 * report, the discharge summary or its therapist says otherwise; once it is no longer
 * {@code ACTIVE} it never changes.
 */
public enum GoalStatus {

	ACTIVE, MET, PARTIALLY_MET, NOT_MET, DISCONTINUED

}

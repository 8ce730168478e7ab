package ilium.treatment;

/**
 * A goal's horizon (EPISODE.md "Goal"); its ids are counted per plan and term, by
 * PostgreSQL: {@code STG1, STG2…} and {@code LTG1, LTG2…}.
 */
public enum GoalTerm {

	SHORT_TERM, LONG_TERM

}

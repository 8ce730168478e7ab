package ilium.treatment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code treatment_plan_goal} table. PostgreSQL numbers a new goal from its plan's
 * counter for the term, so a goal id is never given twice; callers lock the plan first.
 */
@Repository
class GoalRepository {

	private final JdbcClient jdbc;

	GoalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a goal after the plan's others and answers its id. */
	String insert(UUID planId, GoalTerm term, String description, @Nullable GoalMeasure measure,
			@Nullable LocalDate targetDate) {
		return jdbc
			.sql("""
					insert into treatment_plan_goal (plan_id, position, term, description, target_date, measure_kind,
					       measure_instrument, measure_activity_name, measure_unit, measure_baseline, measure_target,
					       measure_comparator)
					values (:planId, (select coalesce(max(position), 0) + 1 from treatment_plan_goal where plan_id = :planId),
					        :term, :description, :targetDate, :kind, :instrument, :activityName, :unit, :baseline, :target,
					        :comparator)
					returning goal_id
					""")
			.param("planId", planId)
			.param("term", term.name())
			.param("description", description)
			.param("targetDate", targetDate == null ? null : Date.valueOf(targetDate))
			.params(measureParameters(measure))
			.query(String.class)
			.single();
	}

	List<GoalView> ofPlan(UUID planId) {
		return jdbc.sql("select * from treatment_plan_goal where plan_id = :planId order by position")
			.param("planId", planId)
			.query((rs, n) -> map(rs))
			.list();
	}

	Optional<GoalView> find(UUID planId, String goalId) {
		return jdbc.sql("select * from treatment_plan_goal where plan_id = :planId and goal_id = :goalId")
			.param("planId", planId)
			.param("goalId", goalId)
			.query((rs, n) -> map(rs))
			.optional();
	}

	void change(UUID planId, String goalId, ChangeGoal content) {
		jdbc.sql("""
				update treatment_plan_goal
				   set description = :description, target_date = :targetDate, measure_kind = :kind,
				       measure_instrument = :instrument, measure_activity_name = :activityName, measure_unit = :unit,
				       measure_baseline = :baseline, measure_target = :target, measure_comparator = :comparator
				 where plan_id = :planId and goal_id = :goalId
				""")
			.param("planId", planId)
			.param("goalId", goalId)
			.param("description", content.description())
			.param("targetDate", content.targetDate() == null ? null : Date.valueOf(content.targetDate()))
			.params(measureParameters(content.measure()))
			.update();
	}

	void changeStatus(UUID planId, String goalId, GoalStatus status, LocalDate statusOn) {
		jdbc.sql("""
				update treatment_plan_goal set status = :status, status_on = :statusOn
				 where plan_id = :planId and goal_id = :goalId
				""")
			.param("planId", planId)
			.param("goalId", goalId)
			.param("status", status.name())
			.param("statusOn", Date.valueOf(statusOn))
			.update();
	}

	private static Map<String, @Nullable Object> measureParameters(@Nullable GoalMeasure measure) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kind", measure == null ? null : measure.kind().name());
		parameters.put("instrument",
				measure == null || measure.instrument() == null ? null : measure.instrument().name());
		parameters.put("activityName", measure == null ? null : measure.activityName());
		parameters.put("unit", measure == null ? null : measure.unit());
		parameters.put("baseline", measure == null ? null : measure.baseline());
		parameters.put("target", measure == null ? null : measure.target());
		parameters.put("comparator", measure == null ? null : measure.comparator().name());
		return parameters;
	}

	private static GoalView map(ResultSet rs) throws SQLException {
		Date targetDate = rs.getDate("target_date");
		Date statusOn = rs.getDate("status_on");
		return new GoalView(rs.getString("goal_id"), GoalTerm.valueOf(rs.getString("term")),
				rs.getString("description"), measure(rs), targetDate == null ? null : targetDate.toLocalDate(),
				GoalStatus.valueOf(rs.getString("status")), statusOn == null ? null : statusOn.toLocalDate());
	}

	private static @Nullable GoalMeasure measure(ResultSet rs) throws SQLException {
		String kind = rs.getString("measure_kind");
		if (kind == null) {
			return null;
		}
		String instrument = rs.getString("measure_instrument");
		return new GoalMeasure(GoalMeasure.Kind.valueOf(kind),
				instrument == null ? null : GoalMeasure.Instrument.valueOf(instrument),
				rs.getString("measure_activity_name"), rs.getString("measure_unit"),
				plain(rs.getBigDecimal("measure_baseline")), plain(rs.getBigDecimal("measure_target")),
				GoalMeasure.Comparator.valueOf(rs.getString("measure_comparator")));
	}

	/** A stored value as written: 3 rather than 3.00, 100 rather than 1E+2. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}

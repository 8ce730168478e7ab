package ilium.exercises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

@Repository
class ExerciseRepository {

	private static final String COLUMNS = """
			id, name, instructions, sets, reps, hold_seconds, times_per_day, days_per_week, side,
			progression_target_hold_seconds, progression_step_seconds, progression_every_days""";

	private final JdbcClient jdbc;

	ExerciseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ExerciseView> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from exercise where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	List<ExerciseView> page(PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from exercise order by lower(name), id limit :size offset :offset")
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from exercise").query(Long.class).single();
	}

	void insert(ExerciseView exercise, Instant now) {
		Progression progression = exercise.progression();
		jdbc.sql("""
				insert into exercise (id, name, instructions, sets, reps, hold_seconds, times_per_day, days_per_week,
				                      side, progression_target_hold_seconds, progression_step_seconds,
				                      progression_every_days, created_at)
				values (:id, :name, :instructions, :sets, :reps, :hold, :timesPerDay, :daysPerWeek, :side,
				        :target, :step, :everyDays, :now)
				""")
			.param("id", exercise.id())
			.param("name", exercise.name())
			.param("instructions", exercise.instructions())
			.param("sets", exercise.sets())
			.param("reps", exercise.reps())
			.param("hold", exercise.holdSeconds())
			.param("timesPerDay", exercise.timesPerDay())
			.param("daysPerWeek", exercise.daysPerWeek())
			.param("side", exercise.side().name())
			.param("target", progression == null ? null : progression.targetHoldSeconds())
			.param("step", progression == null ? null : progression.stepSeconds())
			.param("everyDays", progression == null ? null : progression.everyDays())
			.param("now", Timestamp.from(now))
			.update();
	}

	static ExerciseView map(ResultSet rs) throws SQLException {
		return new ExerciseView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("instructions"),
				rs.getInt("sets"), rs.getInt("reps"), rs.getInt("hold_seconds"), rs.getInt("times_per_day"),
				rs.getInt("days_per_week"), ExerciseSide.valueOf(rs.getString("side")), progression(rs));
	}

	/** The progression stored in the three {@code progression_*} columns, if any. */
	static @Nullable Progression progression(ResultSet rs) throws SQLException {
		int target = rs.getInt("progression_target_hold_seconds");
		if (rs.wasNull()) {
			return null;
		}
		return new Progression(target, rs.getInt("progression_step_seconds"), rs.getInt("progression_every_days"));
	}

}

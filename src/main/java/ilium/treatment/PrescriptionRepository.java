package ilium.treatment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.exercises.Dosage;
import ilium.exercises.ExerciseSide;
import ilium.exercises.Progression;

@Repository
class PrescriptionRepository {

	private final JdbcClient jdbc;

	PrescriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID planId, UUID exerciseId, Dosage dose, @Nullable String instructions, LocalDate since,
			LocalDate prescribedOn, Instant now) {
		jdbc.sql("""
				insert into prescription (id, plan_id, exercise_id, sets, reps, hold_seconds, times_per_day,
				       days_per_week, side, progression_target_hold_seconds, progression_step_seconds,
				       progression_every_days, instructions, dose_since, prescribed_on, position, created_at)
				values (:id, :planId, :exerciseId, :sets, :reps, :hold, :timesPerDay, :daysPerWeek, :side, :target,
				        :step, :everyDays, :instructions, :since, :prescribedOn,
				        (select coalesce(max(position), 0) + 1 from prescription where plan_id = :planId), :now)
				""")
			.param("id", id)
			.param("planId", planId)
			.param("exerciseId", exerciseId)
			.params(doseParams(dose))
			.param("instructions", instructions)
			.param("since", Date.valueOf(since))
			.param("prescribedOn", Date.valueOf(prescribedOn))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Appends the current dose to the history and puts the new one in its place. */
	void changeDose(PrescriptionView current, Dosage dose, @Nullable String instructions, LocalDate since,
			UUID changedBy, Instant now) {
		jdbc.sql(
				"""
						insert into prescription_dose_history (prescription_id, seq, sets, reps, hold_seconds, times_per_day,
						       days_per_week, side, progression_target_hold_seconds, progression_step_seconds,
						       progression_every_days, instructions, dose_since, changed_at, changed_by)
						select id, (select coalesce(max(seq), 0) + 1 from prescription_dose_history where prescription_id = :id),
						       sets, reps, hold_seconds, times_per_day, days_per_week, side, progression_target_hold_seconds,
						       progression_step_seconds, progression_every_days, instructions, dose_since, :now, :changedBy
						  from prescription where id = :id
						""")
			.param("id", current.id())
			.param("now", Timestamp.from(now))
			.param("changedBy", changedBy)
			.update();
		jdbc.sql("""
				update prescription
				   set sets = :sets, reps = :reps, hold_seconds = :hold, times_per_day = :timesPerDay,
				       days_per_week = :daysPerWeek, side = :side, progression_target_hold_seconds = :target,
				       progression_step_seconds = :step, progression_every_days = :everyDays,
				       instructions = :instructions, dose_since = :since
				 where id = :id
				""")
			.params(doseParams(dose))
			.param("id", current.id())
			.param("instructions", instructions)
			.param("since", Date.valueOf(since))
			.update();
	}

	void stop(UUID id, Instant now) {
		jdbc.sql("update prescription set active = false, stopped_at = :now where id = :id and active")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<PrescriptionView> find(UUID id, Function<UUID, String> exerciseNames) {
		return jdbc.sql("select * from prescription where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs, exerciseNames))
			.optional();
	}

	List<PrescriptionView> ofPlan(UUID planId, Function<UUID, String> exerciseNames) {
		return jdbc.sql("select * from prescription where plan_id = :planId order by position")
			.param("planId", planId)
			.query((rs, n) -> map(rs, exerciseNames))
			.list();
	}

	private List<DoseRecord> history(UUID prescriptionId) {
		return jdbc.sql("select * from prescription_dose_history where prescription_id = :id order by seq")
			.param("id", prescriptionId)
			.query((rs, n) -> {
				Dosage dose = dose(rs);
				return new DoseRecord(dose.sets(), dose.reps(), dose.holdSeconds(), dose.timesPerDay(),
						dose.daysPerWeek(), dose.side(), dose.progression(), rs.getString("instructions"),
						rs.getDate("dose_since").toLocalDate(), rs.getTimestamp("changed_at").toInstant(),
						rs.getObject("changed_by", UUID.class));
			})
			.list();
	}

	private PrescriptionView map(ResultSet rs, Function<UUID, String> exerciseNames) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID exerciseId = rs.getObject("exercise_id", UUID.class);
		Dosage dose = dose(rs);
		Timestamp stoppedAt = rs.getTimestamp("stopped_at");
		return new PrescriptionView(id, rs.getObject("plan_id", UUID.class), exerciseId,
				exerciseNames.apply(exerciseId), dose.sets(), dose.reps(), dose.holdSeconds(), dose.timesPerDay(),
				dose.daysPerWeek(), dose.side(), dose.progression(), rs.getString("instructions"),
				rs.getDate("dose_since").toLocalDate(), rs.getDate("prescribed_on").toLocalDate(),
				rs.getBoolean("active"), stoppedAt == null ? null : stoppedAt.toInstant(), history(id));
	}

	private static Dosage dose(ResultSet rs) throws SQLException {
		int target = rs.getInt("progression_target_hold_seconds");
		Progression progression = rs.wasNull() ? null
				: new Progression(target, rs.getInt("progression_step_seconds"), rs.getInt("progression_every_days"));
		return new Dosage(rs.getInt("sets"), rs.getInt("reps"), rs.getInt("hold_seconds"), rs.getInt("times_per_day"),
				rs.getInt("days_per_week"), ExerciseSide.valueOf(rs.getString("side")), progression);
	}

	private static java.util.Map<String, Object> doseParams(Dosage dose) {
		Progression progression = dose.progression();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("sets", dose.sets());
		params.put("reps", dose.reps());
		params.put("hold", dose.holdSeconds());
		params.put("timesPerDay", dose.timesPerDay());
		params.put("daysPerWeek", dose.daysPerWeek());
		params.put("side", dose.side().name());
		params.put("target", progression == null ? null : progression.targetHoldSeconds());
		params.put("step", progression == null ? null : progression.stepSeconds());
		params.put("everyDays", progression == null ? null : progression.everyDays());
		return params;
	}

}

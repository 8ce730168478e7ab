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
import ilium.shared.SqlArrays;

@Repository
class ProtocolRepository {

	private final JdbcClient jdbc;

	ProtocolRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertProtocol(UUID id, Instant now) {
		jdbc.sql("insert into protocol (id, current_version, created_at) values (:id, 1, :now)")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Moves the protocol to its next version (the row lock serialises two editors) and
	 * answers it; empty when the protocol is missing or not at the expected version.
	 */
	Optional<Integer> nextVersion(UUID id, @Nullable Long expectedVersion) {
		return jdbc.sql("""
				update protocol set current_version = current_version + 1
				 where id = :id and (cast(:expected as integer) is null or current_version = :expected)
				returning current_version
				""").param("id", id).param("expected", expectedVersion).query(Integer.class).optional();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from protocol where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	void insertVersion(ProtocolView protocol, @Nullable UUID savedBy, Instant now) {
		jdbc.sql("""
				insert into protocol_version (protocol_id, version, name, description, education_topics, belt_rule,
				                              visits_per_week, duration_weeks, created_at, created_by)
				values (:id, :version, :name, :description, :topics, :beltRule, :visitsPerWeek, :durationWeeks,
				        :now, :savedBy)
				""")
			.param("id", protocol.id())
			.param("version", protocol.version())
			.param("name", protocol.name())
			.param("description", protocol.description())
			.param("topics", SqlArrays.of(protocol.educationTopics()))
			.param("beltRule", protocol.beltRule())
			.param("visitsPerWeek", protocol.visitsPerWeek())
			.param("durationWeeks", protocol.durationWeeks())
			.param("now", Timestamp.from(now))
			.param("savedBy", savedBy)
			.update();
		int position = 0;
		for (ProtocolExerciseView exercise : protocol.exercises()) {
			insertExercise(protocol, ++position, exercise);
		}
		position = 0;
		for (ManualTherapySuggestion suggestion : protocol.manualTherapy()) {
			jdbc.sql("""
					insert into protocol_version_manual_therapy (protocol_id, version, position, technique, region)
					values (:id, :version, :position, :technique, :region)
					""")
				.param("id", protocol.id())
				.param("version", protocol.version())
				.param("position", ++position)
				.param("technique", suggestion.technique().name())
				.param("region", suggestion.region().name())
				.update();
		}
	}

	private void insertExercise(ProtocolView protocol, int position, ProtocolExerciseView exercise) {
		Progression progression = exercise.progression();
		jdbc.sql("""
				insert into protocol_version_exercise (protocol_id, version, position, exercise_id, sets, reps,
				       hold_seconds, times_per_day, days_per_week, side, progression_target_hold_seconds,
				       progression_step_seconds, progression_every_days, instructions)
				values (:id, :version, :position, :exerciseId, :sets, :reps, :hold, :timesPerDay, :daysPerWeek,
				        :side, :target, :step, :everyDays, :instructions)
				""")
			.param("id", protocol.id())
			.param("version", protocol.version())
			.param("position", position)
			.param("exerciseId", exercise.exerciseId())
			.param("sets", exercise.sets())
			.param("reps", exercise.reps())
			.param("hold", exercise.holdSeconds())
			.param("timesPerDay", exercise.timesPerDay())
			.param("daysPerWeek", exercise.daysPerWeek())
			.param("side", exercise.side().name())
			.param("target", progression == null ? null : progression.targetHoldSeconds())
			.param("step", progression == null ? null : progression.stepSeconds())
			.param("everyDays", progression == null ? null : progression.everyDays())
			.param("instructions", exercise.instructions())
			.update();
	}

	Optional<ProtocolView> findCurrent(UUID id) {
		return jdbc.sql("select current_version from protocol where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.flatMap(version -> findVersion(id, version));
	}

	Optional<ProtocolView> findVersion(UUID id, int version) {
		return jdbc.sql("""
				select protocol_id, version, name, description, education_topics, belt_rule, visits_per_week,
				       duration_weeks
				  from protocol_version where protocol_id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.query((rs, row) -> header(rs))
			.optional()
			.map(header -> header.with(exercises(id, version), manualTherapy(id, version)));
	}

	List<ProtocolView> page(PageQuery page) {
		return jdbc.sql("""
				select p.id from protocol p
				  join protocol_version v on v.protocol_id = p.id and v.version = p.current_version
				 order by lower(v.name), p.id limit :size offset :offset
				""")
			.param("size", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> findCurrent(id).orElseThrow())
			.toList();
	}

	long count() {
		return jdbc.sql("select count(*) from protocol").query(Long.class).single();
	}

	private List<ProtocolExerciseView> exercises(UUID id, int version) {
		return jdbc.sql("""
				select pe.exercise_id, e.name, pe.sets, pe.reps, pe.hold_seconds, pe.times_per_day, pe.days_per_week,
				       pe.side, pe.progression_target_hold_seconds, pe.progression_step_seconds,
				       pe.progression_every_days, pe.instructions
				  from protocol_version_exercise pe join exercise e on e.id = pe.exercise_id
				 where pe.protocol_id = :id and pe.version = :version order by pe.position
				""")
			.param("id", id)
			.param("version", version)
			.query((rs, row) -> new ProtocolExerciseView(rs.getObject("exercise_id", UUID.class), rs.getString("name"),
					rs.getInt("sets"), rs.getInt("reps"), rs.getInt("hold_seconds"), rs.getInt("times_per_day"),
					rs.getInt("days_per_week"), ExerciseSide.valueOf(rs.getString("side")),
					ExerciseRepository.progression(rs), rs.getString("instructions")))
			.list();
	}

	private List<ManualTherapySuggestion> manualTherapy(UUID id, int version) {
		return jdbc.sql("""
				select technique, region from protocol_version_manual_therapy
				 where protocol_id = :id and version = :version order by position
				""")
			.param("id", id)
			.param("version", version)
			.query((rs, row) -> new ManualTherapySuggestion(ManualTherapyTechnique.valueOf(rs.getString("technique")),
					TreatmentRegion.valueOf(rs.getString("region"))))
			.list();
	}

	private static ProtocolView header(ResultSet rs) throws SQLException {
		List<EducationTopic> topics = SqlArrays.read(rs, "education_topics", EducationTopic.class);
		return new ProtocolView(rs.getObject("protocol_id", UUID.class), rs.getInt("version"), rs.getString("name"),
				rs.getString("description"), List.of(), topics, List.of(), rs.getBoolean("belt_rule"),
				rs.getObject("visits_per_week", Integer.class), rs.getObject("duration_weeks", Integer.class));
	}

}

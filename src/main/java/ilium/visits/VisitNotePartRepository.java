package ilium.visits;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exercises performed and the manual therapy of a note, kept in the order written
 * ({@code position}), and its service lines, by CPT. PostgreSQL refuses any change to
 * them once the note is signed.
 */
@Repository
class VisitNotePartRepository {

	private final JdbcClient jdbc;

	VisitNotePartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ExercisePerformed> exercises(UUID noteId) {
		return jdbc.sql("""
				select exercise_id, name, sets, reps, hold_seconds
				  from visit_note_exercise where visit_note_id = :noteId order by position
				""")
			.param("noteId", noteId)
			.query((rs, row) -> new ExercisePerformed(rs.getObject("exercise_id", UUID.class), rs.getString("name"),
					rs.getObject("sets", Integer.class), rs.getObject("reps", Integer.class),
					rs.getObject("hold_seconds", Integer.class)))
			.list();
	}

	List<ManualTherapyEntry> manualTherapy(UUID noteId) {
		return jdbc.sql("""
				select technique, region, side, grade, minutes, patient_response
				  from visit_note_manual_therapy where visit_note_id = :noteId order by position
				""")
			.param("noteId", noteId)
			.query((rs, row) -> new ManualTherapyEntry(ManualTechnique.valueOf(rs.getString("technique")),
					TreatedRegion.valueOf(rs.getString("region")),
					rs.getString("side") == null ? null : BodySide.valueOf(rs.getString("side")),
					rs.getObject("grade", Integer.class), rs.getInt("minutes"), rs.getString("patient_response")))
			.list();
	}

	/** The note's service lines, by CPT. */
	List<ServiceLine> services(UUID noteId) {
		return jdbc.sql("select cpt, minutes from visit_note_service where visit_note_id = :noteId order by cpt")
			.param("noteId", noteId)
			.query((rs, row) -> new ServiceLine(rs.getString("cpt"), rs.getObject("minutes", Integer.class)))
			.list();
	}

	void insert(UUID noteId, DraftVisitNote content) {
		for (int position = 0; position < content.exercisesPerformed().size(); position++) {
			ExercisePerformed exercise = content.exercisesPerformed().get(position);
			jdbc.sql(
					"""
							insert into visit_note_exercise (visit_note_id, position, exercise_id, name, sets, reps, hold_seconds)
							values (:noteId, :position, :exerciseId, :name, :sets, :reps, :holdSeconds)
							""")
				.param("noteId", noteId)
				.param("position", position)
				.param("exerciseId", exercise.exerciseId())
				.param("name", exercise.name().strip())
				.param("sets", exercise.sets(), java.sql.Types.SMALLINT)
				.param("reps", exercise.reps(), java.sql.Types.SMALLINT)
				.param("holdSeconds", exercise.holdSeconds(), java.sql.Types.SMALLINT)
				.update();
		}
		for (int position = 0; position < content.manualTherapy().size(); position++) {
			insert(noteId, position, content.manualTherapy().get(position));
		}
		for (ServiceLine line : content.services()) {
			// The line takes its note's visit type, which its foreign key holds to the
			// note.
			jdbc.sql("""
					insert into visit_note_service (visit_note_id, cpt, minutes, visit_type)
					select id, :cpt, :minutes, visit_type from visit_note where id = :noteId
					""")
				.param("noteId", noteId)
				.param("cpt", line.cpt())
				.param("minutes", line.minutes(), java.sql.Types.SMALLINT)
				.update();
		}
	}

	void replace(UUID noteId, DraftVisitNote content) {
		jdbc.sql("delete from visit_note_exercise where visit_note_id = :noteId").param("noteId", noteId).update();
		jdbc.sql("delete from visit_note_manual_therapy where visit_note_id = :noteId")
			.param("noteId", noteId)
			.update();
		jdbc.sql("delete from visit_note_service where visit_note_id = :noteId").param("noteId", noteId).update();
		insert(noteId, content);
	}

	private void insert(UUID noteId, int position, ManualTherapyEntry entry) {
		jdbc.sql("""
				insert into visit_note_manual_therapy (visit_note_id, position, technique, region, side, grade, minutes,
				                                       patient_response)
				values (:noteId, :position, :technique, :region, :side, :grade, :minutes, :patientResponse)
				""")
			.param("noteId", noteId)
			.param("position", position)
			.param("technique", entry.technique().name())
			.param("region", entry.region().name())
			.param("side", entry.side() == null ? null : entry.side().name(), java.sql.Types.VARCHAR)
			.param("grade", entry.grade(), java.sql.Types.SMALLINT)
			.param("minutes", entry.minutes())
			.param("patientResponse", entry.patientResponse(), java.sql.Types.VARCHAR)
			.update();
	}

}

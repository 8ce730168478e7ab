package ilium.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.DatabaseConstraint;

/**
 * The {@code visit_note} table with its exercises and manual therapy. Addenda live in
 * {@link AddendumRepository}.
 */
@Repository
class VisitNoteRepository {

	private static final String COLUMNS = """
			select id, appointment_id, patient_id, therapist_id, author_user_id, status, subjective, objective,
			       assessment, plan, pain_before, pain_after, created_at, updated_at, signed_at, signed_by_user_id, version
			  from visit_note
			""";

	private final JdbcClient jdbc;

	private final VisitNotePartRepository parts;

	VisitNoteRepository(JdbcClient jdbc, VisitNotePartRepository parts) {
		this.jdbc = jdbc;
		this.parts = parts;
	}

	Optional<VisitNoteView> find(UUID id) {
		return one(jdbc.sql(COLUMNS + " where id = :id").param("id", id));
	}

	/** The note, locked against concurrent writers until the transaction ends. */
	Optional<VisitNoteView> lock(UUID id) {
		return one(jdbc.sql(COLUMNS + " where id = :id for update").param("id", id));
	}

	Optional<VisitNoteView> findByAppointment(UUID appointmentId) {
		return one(jdbc.sql(COLUMNS + " where appointment_id = :appointmentId").param("appointmentId", appointmentId));
	}

	/**
	 * Inserts a draft; a second note for one appointment is refused by its unique
	 * constraint (409).
	 */
	void insert(NewVisitNote note, DraftVisitNote content) {
		try {
			insertRow(note, content);
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseConstraint.is(ex, "visit_note_appointment_unique") ? DuplicateVisitNoteException.of(null)
					: ex;
		}
		refusedAsProblem(() -> parts.insert(note.id(), content));
	}

	private void insertRow(NewVisitNote note, DraftVisitNote content) {
		withContent(jdbc.sql("""
				insert into visit_note (id, appointment_id, patient_id, therapist_id, author_user_id, subjective,
				                        objective, assessment, plan, pain_before, pain_after, appointment_minutes,
				                        created_at, updated_at)
				values (:id, :appointmentId, :patientId, :therapistId, :authorUserId, :subjective, :objective,
				        :assessment, :plan, :painBefore, :painAfter, :appointmentMinutes, :at, :at)
				"""), content).param("id", note.id())
			.param("appointmentMinutes", note.appointmentMinutes())
			.param("appointmentId", note.appointmentId())
			.param("patientId", note.patientId())
			.param("therapistId", note.therapistId())
			.param("authorUserId", note.authorUserId())
			.param("at", Timestamp.from(note.at()))
			.update();
	}

	/**
	 * Replaces a draft's content; a signed note is refused (409), here and by PostgreSQL.
	 */
	void update(UUID id, long version, DraftVisitNote content, Instant at) {
		requireDraftChanged(() -> withContent(jdbc.sql("""
				update visit_note
				   set subjective = :subjective, objective = :objective, assessment = :assessment, plan = :plan,
				       pain_before = :painBefore, pain_after = :painAfter, updated_at = :at, version = version + 1
				 where id = :id and version = :version and status = 'DRAFT'
				"""), content).param("at", Timestamp.from(at)).param("id", id).param("version", version).update());
		refusedAsProblem(() -> parts.replace(id, content));
	}

	void sign(UUID id, long version, UUID userId, Instant at) {
		requireDraftChanged(() -> jdbc.sql("""
				update visit_note
				   set status = 'SIGNED', signed_at = :at, signed_by_user_id = :userId, updated_at = :at,
				       version = version + 1
				 where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("at", Timestamp.from(at))
			.param("userId", userId)
			.param("id", id)
			.param("version", version)
			.update());
	}

	/**
	 * The caller holds the row lock and has checked status and version, so a write that
	 * changes nothing, or one PostgreSQL refuses, met a signed note.
	 */
	private static void requireDraftChanged(IntSupplier write) {
		refusedAsProblem(() -> {
			if (write.getAsInt() != 1) {
				throw SignedVisitNoteException.cannotChange();
			}
		});
	}

	/**
	 * Runs a write, answering the problem behind the PostgreSQL rule that refused it: a
	 * signed note (409) or manual therapy that outlasts the visit (422).
	 */
	private static void refusedAsProblem(Runnable write) {
		try {
			write.run();
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "visit_note_signed_unchangeable")) {
				throw SignedVisitNoteException.cannotChange();
			}
			if (DatabaseConstraint.is(ex, "visit_note_manual_therapy_fits_visit")) {
				throw ManualTherapyExceedsVisitException.refusedByDatabase();
			}
			throw ex;
		}
	}

	private static JdbcClient.StatementSpec withContent(JdbcClient.StatementSpec statement, DraftVisitNote content) {
		return statement.param("subjective", content.subjective())
			.param("objective", content.objective())
			.param("assessment", content.assessment())
			.param("plan", content.plan())
			.param("painBefore", content.painBefore(), java.sql.Types.SMALLINT)
			.param("painAfter", content.painAfter(), java.sql.Types.SMALLINT);
	}

	private Optional<VisitNoteView> one(JdbcClient.StatementSpec statement) {
		return statement.query(VisitNoteRepository::note)
			.optional()
			.map(note -> new VisitNoteView(note.id(), note.appointmentId(), note.patientId(), note.therapistId(),
					note.authorUserId(), note.status(), note.subjective(), note.objective(), note.assessment(),
					note.plan(), note.painBefore(), note.painAfter(), parts.exercises(note.id()),
					parts.manualTherapy(note.id()), List.of(), note.createdAt(), note.updatedAt(), note.signedAt(),
					note.signedBy(), note.version()));
	}

	private static VisitNoteView note(ResultSet rs, int row) throws SQLException {
		return new VisitNoteView(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
				rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getObject("author_user_id", UUID.class), VisitNoteStatus.valueOf(rs.getString("status")),
				rs.getString("subjective"), rs.getString("objective"), rs.getString("assessment"), rs.getString("plan"),
				rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class), List.of(),
				List.of(), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("signed_at")),
				rs.getObject("signed_by_user_id", UUID.class), rs.getLong("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * Who opens a note for which visit, and when; {@code appointmentMinutes} is the
	 * appointment's duration, which PostgreSQL keeps in step from then on.
	 */
	record NewVisitNote(UUID id, UUID appointmentId, UUID patientId, UUID therapistId, UUID authorUserId,
			int appointmentMinutes, Instant at) {
	}

}

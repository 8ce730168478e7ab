package ilium.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.billing.EvaluationComplexity;
import ilium.scheduling.AppointmentType;

/**
 * The {@code visit_note} table with its exercises and manual therapy. Addenda live in
 * {@link AddendumRepository}.
 */
@Repository
class VisitNoteRepository {

	private static final String COLUMNS = """
			select id, appointment_id, patient_id, therapist_id, author_user_id, status, subjective, objective,
			       assessment, plan, pain_before, pain_after, treatment_plan_id, preferred_for_remainder,
			       total_treatment_minutes, evaluation_personal_factors, evaluation_examined_elements,
			       evaluation_presentation, evaluation_decision_making, created_at, updated_at, signed_at,
			       signed_by_user_id, version
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

	/** The patient's notes, oldest first (served by {@code visit_note_patient_idx}). */
	List<VisitNoteView> ofPatient(UUID patientId) {
		return jdbc.sql(COLUMNS + " where patient_id = :patientId order by created_at, id")
			.param("patientId", patientId)
			.query(VisitNoteRepository::note)
			.list()
			.stream()
			.map(note -> note.withParts(parts.exercises(note.id()), parts.manualTherapy(note.id()),
					parts.services(note.id())))
			.toList();
	}

	/** The therapist's notes still drafts, oldest first. */
	List<VisitNoteView> draftsOf(UUID therapistId) {
		return jdbc.sql(COLUMNS + " where therapist_id = :therapistId and status = 'DRAFT' order by created_at, id")
			.param("therapistId", therapistId)
			.query(VisitNoteRepository::note)
			.list()
			.stream()
			.map(note -> note.withParts(parts.exercises(note.id()), parts.manualTherapy(note.id()),
					parts.services(note.id())))
			.toList();
	}

	/**
	 * Inserts a draft; a second note for one appointment is refused by its unique
	 * constraint (409).
	 */
	void insert(NewVisitNote note, DraftVisitNote content) {
		refusedAsProblem(() -> insertRow(note, content));
		refusedAsProblem(() -> parts.insert(note.id(), content));
	}

	private void insertRow(NewVisitNote note, DraftVisitNote content) {
		withContent(jdbc.sql("""
				insert into visit_note (id, appointment_id, patient_id, therapist_id, author_user_id, subjective,
				                        objective, assessment, plan, pain_before, pain_after, treatment_plan_id,
				                        preferred_for_remainder, total_treatment_minutes, evaluation_personal_factors,
				                        evaluation_examined_elements, evaluation_presentation,
				                        evaluation_decision_making, appointment_minutes, visit_type, created_at,
				                        updated_at)
				values (:id, :appointmentId, :patientId, :therapistId, :authorUserId, :subjective, :objective,
				        :assessment, :plan, :painBefore, :painAfter, :treatmentPlanId, :preferredForRemainder,
				        :totalTreatmentMinutes, :personalFactors, :examinedElements, :presentation, :decisionMaking,
				        :appointmentMinutes, :visitType, :at, :at)
				"""), content).param("id", note.id())
			.param("appointmentMinutes", note.appointmentMinutes())
			.param("visitType", note.visitType().name())
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
				       pain_before = :painBefore, pain_after = :painAfter, treatment_plan_id = :treatmentPlanId,
				       preferred_for_remainder = :preferredForRemainder,
				       total_treatment_minutes = :totalTreatmentMinutes,
				       evaluation_personal_factors = :personalFactors, evaluation_examined_elements = :examinedElements,
				       evaluation_presentation = :presentation, evaluation_decision_making = :decisionMaking,
				       updated_at = :at, version = version + 1
				 where id = :id and version = :version and status = 'DRAFT'
				"""), content).param("at", Timestamp.from(at)).param("id", id).param("version", version).update());
		refusedAsProblem(() -> parts.replace(id, content));
	}

	/**
	 * Signs a draft on its date of service (the appointment's clinic-local date); the
	 * rules PostgreSQL checks at signing (V66, V106) answer their problems.
	 */
	void sign(UUID id, long version, UUID userId, Instant at, LocalDate dateOfService) {
		requireDraftChanged(() -> jdbc.sql("""
				update visit_note
				   set status = 'SIGNED', signed_at = :at, signed_by_user_id = :userId, updated_at = :at,
				       date_of_service = :dateOfService, version = version + 1
				 where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("at", Timestamp.from(at))
			.param("dateOfService", dateOfService)
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
	 * Runs a write, answering the problem behind the PostgreSQL rule that refused it
	 * ({@link VisitNoteConstraints}).
	 */
	private static void refusedAsProblem(Runnable write) {
		try {
			write.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw VisitNoteConstraints.problemFor(ex);
		}
	}

	/**
	 * The other signed notes of the patient's date of service, after taking the lock that
	 * makes signings of one date take turns (V106), so none is signed unseen.
	 */
	List<SignedOnDate> othersSignedOn(UUID patientId, LocalDate dateOfService, UUID exceptNoteId) {
		jdbc.sql("select visit_note_lock_date_of_service(:patientId, :day)")
			.param("patientId", patientId)
			.param("day", dateOfService)
			.query((rs, row) -> 0)
			.list();
		return jdbc.sql("""
				select n.treatment_plan_id, n.evaluation_presentation is not null as evaluated,
				       exists (select from visit_note_service s where s.visit_note_id = n.id and s.cpt = '97164')
				           as re_evaluated
				  from visit_note n
				 where n.patient_id = :patientId and n.status = 'SIGNED' and n.date_of_service = :day
				   and n.id <> :exceptNoteId
				""")
			.param("patientId", patientId)
			.param("day", dateOfService)
			.param("exceptNoteId", exceptNoteId)
			.query((rs, row) -> new SignedOnDate(rs.getObject("treatment_plan_id", UUID.class),
					rs.getBoolean("evaluated"), rs.getBoolean("re_evaluated")))
			.list();
	}

	private static JdbcClient.StatementSpec withContent(JdbcClient.StatementSpec statement, DraftVisitNote content) {
		EvaluationComplexity complexity = content.evaluationComplexity();
		return statement.param("treatmentPlanId", content.treatmentPlanId(), java.sql.Types.OTHER)
			.param("preferredForRemainder", content.preferredForRemainder(), java.sql.Types.VARCHAR)
			.param("totalTreatmentMinutes", content.totalTreatmentMinutes(), java.sql.Types.SMALLINT)
			.param("personalFactors", complexity == null ? null : complexity.personalFactorsAndComorbidities(),
					java.sql.Types.SMALLINT)
			.param("examinedElements", complexity == null ? null : complexity.examinedElements(),
					java.sql.Types.SMALLINT)
			.param("presentation", complexity == null ? null : complexity.presentation().name(), java.sql.Types.VARCHAR)
			.param("decisionMaking", complexity == null ? null : complexity.decisionMaking().name(),
					java.sql.Types.VARCHAR)
			.param("subjective", content.subjective())
			.param("objective", content.objective())
			.param("assessment", content.assessment())
			.param("plan", content.plan())
			.param("painBefore", content.painBefore(), java.sql.Types.SMALLINT)
			.param("painAfter", content.painAfter(), java.sql.Types.SMALLINT);
	}

	private Optional<VisitNoteView> one(JdbcClient.StatementSpec statement) {
		return statement.query(VisitNoteRepository::note)
			.optional()
			.map(note -> note.withParts(parts.exercises(note.id()), parts.manualTherapy(note.id()),
					parts.services(note.id())));
	}

	private static VisitNoteView note(ResultSet rs, int row) throws SQLException {
		return new VisitNoteView(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
				rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getObject("author_user_id", UUID.class), VisitNoteStatus.valueOf(rs.getString("status")),
				rs.getString("subjective"), rs.getString("objective"), rs.getString("assessment"), rs.getString("plan"),
				rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class), List.of(),
				List.of(), rs.getObject("treatment_plan_id", UUID.class), List.of(),
				rs.getString("preferred_for_remainder"), rs.getObject("total_treatment_minutes", Integer.class), 0,
				complexity(rs), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("signed_at")),
				rs.getObject("signed_by_user_id", UUID.class), rs.getLong("version"));
	}

	static @Nullable EvaluationComplexityView complexity(ResultSet rs) throws SQLException {
		String presentation = rs.getString("evaluation_presentation");
		return presentation == null ? null
				: EvaluationComplexityView.of(new EvaluationComplexity(rs.getInt("evaluation_personal_factors"),
						rs.getInt("evaluation_examined_elements"),
						EvaluationComplexity.Presentation.valueOf(presentation),
						EvaluationComplexity.DecisionMaking.valueOf(rs.getString("evaluation_decision_making"))));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * Who opens a note for which visit, and when; {@code appointmentMinutes} is the
	 * appointment's duration, which PostgreSQL keeps in step from then on, and
	 * {@code visitType} its type.
	 */
	record NewVisitNote(UUID id, UUID appointmentId, UUID patientId, UUID therapistId, UUID authorUserId,
			int appointmentMinutes, AppointmentType visitType, Instant at) {
	}

	/**
	 * A signed note of a date of service, as the once-per-date rules see it (EPISODE.md
	 * R5).
	 */
	record SignedOnDate(@Nullable UUID treatmentPlanId, boolean evaluated, boolean reEvaluated) {
	}

}

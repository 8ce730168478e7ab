package ilium.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.billing.CptCode;
import ilium.billing.ServicesGiven;
import ilium.scheduling.AppointmentType;

/**
 * Reads signed notes with their service lines in one query each, by patient and date
 * ({@code visit_note_patient_date_of_service_idx}) or by plan
 * ({@code visit_note_treatment_plan_idx}), and the patients billed in a range of dates.
 */
@Repository
class BillableNoteRepository {

	private static final String SELECT = """
			select n.id, n.date_of_service, n.treatment_plan_id, n.therapist_id, n.signed_at, n.visit_type,
			       n.preferred_for_remainder, n.total_treatment_minutes, n.evaluation_personal_factors,
			       n.evaluation_examined_elements, n.evaluation_presentation, n.evaluation_decision_making,
			       s.cpt, s.minutes
			  from visit_note n
			  left join visit_note_service s on s.visit_note_id = n.id
			""";

	private static final String BILLABLE_IN_ORDER = """
			   and n.status = 'SIGNED'
			   and (s.visit_note_id is not null or n.evaluation_presentation is not null)
			 order by n.date_of_service, n.signed_at, n.id, s.cpt
			""";

	private final JdbcClient jdbc;

	BillableNoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BillableNote> ofPatient(UUID patientId, LocalDate from, LocalDate to) {
		return notes(jdbc
			.sql(SELECT + " where n.patient_id = :patientId and n.date_of_service between :from and :to"
					+ BILLABLE_IN_ORDER)
			.param("patientId", patientId)
			.param("from", from)
			.param("to", to));
	}

	List<UUID> patientsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select distinct n.patient_id
				  from visit_note n
				 where n.date_of_service between :from and :to
				   and n.status = 'SIGNED'
				   and (n.evaluation_presentation is not null
				        or exists (select 1 from visit_note_service s where s.visit_note_id = n.id))
				 order by n.patient_id
				""").param("from", from).param("to", to).query(UUID.class).list();
	}

	List<BillableNote> ofPlan(UUID treatmentPlanId) {
		return notes(jdbc.sql(SELECT + " where n.treatment_plan_id = :planId" + BILLABLE_IN_ORDER)
			.param("planId", treatmentPlanId));
	}

	/** One note per id, its rows (one per line) gathered in the query's order. */
	private static List<BillableNote> notes(JdbcClient.StatementSpec statement) {
		Map<UUID, Note> notes = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			Note note = notes.get(id);
			if (note == null) {
				note = Note.of(rs);
				notes.put(id, note);
			}
			note.add(rs.getString("cpt"), rs.getObject("minutes", Integer.class));
		});
		return notes.values().stream().map(Note::billable).toList();
	}

	private static final class Note {

		private final BillableNote header;

		private final @Nullable CptCode evaluation;

		private final @Nullable String preferred;

		private final Map<CptCode, Integer> timed = new HashMap<>();

		private final Set<CptCode> untimed = new HashSet<>();

		private Note(BillableNote header, @Nullable CptCode evaluation, @Nullable String preferred) {
			this.header = header;
			this.evaluation = evaluation;
			this.preferred = preferred;
		}

		static Note of(ResultSet rs) throws SQLException {
			EvaluationComplexityView complexity = VisitNoteRepository.complexity(rs);
			BillableNote header = new BillableNote(rs.getObject("id", UUID.class),
					rs.getObject("date_of_service", LocalDate.class), rs.getObject("treatment_plan_id", UUID.class),
					rs.getObject("therapist_id", UUID.class), rs.getTimestamp("signed_at").toInstant(),
					AppointmentType.valueOf(rs.getString("visit_type")), new ServicesGiven(Map.of(), Set.of(), null),
					rs.getObject("total_treatment_minutes", Integer.class));
			return new Note(header, complexity == null ? null : complexity.code(),
					rs.getString("preferred_for_remainder"));
		}

		void add(@Nullable String cpt, @Nullable Integer minutes) {
			if (cpt == null) {
				return;
			}
			CptCode code = CptCode.of(cpt);
			if (code.isTimed()) {
				timed.put(code, java.util.Objects.requireNonNull(minutes));
			}
			else {
				untimed.add(code);
			}
		}

		BillableNote billable() {
			if (evaluation != null) {
				untimed.add(evaluation);
			}
			ServicesGiven services = new ServicesGiven(timed, untimed,
					preferred == null ? null : CptCode.of(preferred));
			return new BillableNote(header.noteId(), header.dateOfService(), header.treatmentPlanId(),
					header.therapistId(), header.signedAt(), header.visitType(), services,
					header.totalTreatmentMinutes());
		}

	}

}

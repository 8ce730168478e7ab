package ilium.outcomes;

import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.outcomes.RecordOutcome.Nprs;
import ilium.outcomes.RecordOutcome.Odi;
import ilium.outcomes.RecordOutcome.Psfs;
import ilium.outcomes.RecordOutcome.Rmdq;
import ilium.outcomes.RecordOutcome.Scored;

@Repository
class OutcomeRepository {

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID patientId, RecordOutcome command, Scored scored, UUID recordedBy, Instant at) {
		jdbc.sql("""
				insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score,
				                             interpretation, nprs_score, odi_answers, rmdq_answers, recorded_by,
				                             created_at)
				values (:id, :patientId, :planId, :instrument, :takenOn, :score, :interpretation, :nprs,
				        cast(:odi as smallint[]), cast(:rmdq as boolean[]), :recordedBy, :at)
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("planId", command.treatmentPlanId())
			.param("instrument", command.instrument().name())
			.param("takenOn", command.takenOn())
			.param("score", scored.score())
			.param("interpretation", scored.interpretation() == null ? null : scored.interpretation().name())
			.param("nprs", command instanceof Nprs nprs ? nprs.score() : null)
			.param("odi", command instanceof Odi odi ? arrayLiteral(odi.answers()) : null)
			.param("rmdq", command instanceof Rmdq rmdq ? arrayLiteral(rmdq.answers()) : null)
			.param("recordedBy", recordedBy)
			.param("at", Timestamp.from(at))
			.update();
		if (command instanceof Psfs psfs) {
			for (int i = 0; i < psfs.activities().size(); i++) {
				jdbc.sql(
						"insert into psfs_activity (outcome_measure_id, position, name, score) values (:id, :position, :name, :score)")
					.param("id", id)
					.param("position", i + 1)
					.param("name", psfs.activities().get(i).name())
					.param("score", psfs.activities().get(i).score())
					.update();
			}
		}
	}

	/**
	 * The patient's measures oldest first (by day taken, then by when they were
	 * recorded).
	 */
	List<OutcomeView> series(UUID patientId, @Nullable Instrument instrument, @Nullable UUID treatmentPlanId) {
		Map<UUID, List<PsfsActivity>> activities = activities(patientId);
		return jdbc.sql("""
				select id, patient_id, treatment_plan_id, instrument, taken_on, score, interpretation,
				       odi_answers, rmdq_answers, created_at, entered_in_error_at, entered_in_error_by,
				       entered_in_error_reason
				  from outcome_measure
				 where patient_id = :patientId
				   and (cast(:instrument as varchar) is null or instrument = :instrument)
				   and (cast(:planId as uuid) is null or treatment_plan_id = :planId)
				 order by taken_on, seq
				""")
			.param("patientId", patientId)
			.param("instrument", instrument == null ? null : instrument.name())
			.param("planId", treatmentPlanId)
			.query((rs, row) -> view(rs, activities))
			.list();
	}

	private Map<UUID, List<PsfsActivity>> activities(UUID patientId) {
		record Row(UUID measureId, PsfsActivity activity) {
		}
		return jdbc.sql("""
				select a.outcome_measure_id, a.name, a.score
				  from psfs_activity a join outcome_measure m on m.id = a.outcome_measure_id
				 where m.patient_id = :patientId
				 order by a.outcome_measure_id, a.position
				""")
			.param("patientId", patientId)
			.query((rs, row) -> new Row(rs.getObject("outcome_measure_id", UUID.class),
					new PsfsActivity(rs.getString("name"), rs.getInt("score"))))
			.stream()
			.collect(Collectors.groupingBy(Row::measureId, Collectors.mapping(Row::activity, Collectors.toList())));
	}

	private static OutcomeView view(ResultSet rs, Map<UUID, List<PsfsActivity>> activities) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Instrument instrument = Instrument.valueOf(rs.getString("instrument"));
		String interpretation = rs.getString("interpretation");
		List<?> answers = switch (instrument) {
			case ODI -> Arrays.stream((Short[]) array(rs.getArray("odi_answers")))
				.map(section -> section == null ? null : section.intValue())
				.toList();
			case RMDQ -> List.of((Boolean[]) array(rs.getArray("rmdq_answers")));
			case NPRS, PSFS -> null;
		};
		return new OutcomeView(id, rs.getObject("patient_id", UUID.class), instrument,
				rs.getObject("taken_on", java.time.LocalDate.class), rs.getObject("treatment_plan_id", UUID.class),
				rs.getBigDecimal("score").setScale(instrument.scoreScale(), RoundingMode.UNNECESSARY),
				interpretation == null ? null : OdiBand.valueOf(interpretation), answers,
				instrument == Instrument.PSFS ? activities.getOrDefault(id, List.of()) : null,
				rs.getTimestamp("created_at").toInstant(), enteredInError(rs));
	}

	private static OutcomeView.@Nullable EnteredInError enteredInError(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("entered_in_error_at");
		return at == null ? null : new OutcomeView.EnteredInError(at.toInstant(),
				rs.getObject("entered_in_error_by", UUID.class), rs.getString("entered_in_error_reason"));
	}

	/** The patient a measure is of, if the measure exists. */
	Optional<UUID> patientOf(UUID measureId) {
		return jdbc.sql("select patient_id from outcome_measure where id = :id")
			.param("id", measureId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Who answers for one measure of the patient, its row locked until the transaction
	 * ends so that two marks of it are taken one after the other.
	 */
	Optional<Custody> lockCustody(UUID patientId, UUID measureId) {
		return jdbc.sql("""
				select recorded_by, treatment_plan_id, entered_in_error_at is not null as marked
				  from outcome_measure
				 where id = :id and patient_id = :patientId
				   for update
				""")
			.param("id", measureId)
			.param("patientId", patientId)
			.query((rs, row) -> new Custody(rs.getObject("recorded_by", UUID.class),
					rs.getObject("treatment_plan_id", UUID.class), rs.getBoolean("marked")))
			.optional();
	}

	void markEnteredInError(UUID measureId, UUID by, Instant at, String reason) {
		jdbc.sql("""
				update outcome_measure
				   set entered_in_error_at = :at, entered_in_error_by = :by, entered_in_error_reason = :reason
				 where id = :id
				""")
			.param("id", measureId)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.update();
	}

	/**
	 * Who recorded a measure, the plan it belongs to, and whether it is already marked
	 * entered in error.
	 */
	record Custody(UUID recordedBy, @Nullable UUID treatmentPlanId, boolean marked) {
	}

	private static Object array(Array array) throws SQLException {
		return array.getArray();
	}

	/** A PostgreSQL array literal of numbers, booleans and nulls (never of text). */
	private static String arrayLiteral(List<?> values) {
		return values.stream()
			.map(value -> value == null ? "NULL" : value.toString())
			.collect(Collectors.joining(",", "{", "}"));
	}

}

package ilium.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.patients.Patients;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database refuses what the service would never write (the constraint is the
 * guarantee).
 */
@HttpTest
class OutcomeMeasureTableTests {

	@Autowired
	JdbcClient jdbc;

	/** Tries what only a trigger stops: the service's own role may not even try. */
	@Autowired
	DatabaseOwner owner;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest(name = "{0} score {1} {2} {3} → {5}")
	@CsvSource(delimiter = ';', nullValues = "-",
			value = { "SF36; 5; -; -; -; outcome_measure_instrument_known",
					"PSFS; 10.5; -; -; -; outcome_measure_score_range", "NPRS; 4; -; 5; -; outcome_measure_nprs_score",
					"NPRS; 4; -; 4; '{1,1,1,1,1,1,1,1,1,1}'; outcome_measure_odi_answers",
					"ODI; 35.5; MODERATE; -; '{2,2,2,2,2,2,2,1,1,NULL}'; outcome_measure_odi_score",
					"ODI; 35.6; SEVERE; -; '{2,2,2,2,2,2,2,1,1,NULL}'; outcome_measure_odi_band",
					"ODI; 40.0; MODERATE; -; '{2,2,2,2,2,2,2,NULL,NULL,NULL}'; outcome_measure_odi_answered",
					"ODI; 20.0; MINIMAL; -; '{1,1,1,1,1,1,1,1,1}'; outcome_measure_odi_sections",
					"ODI; -2.0; MINIMAL; -; '{0,0,0,0,0,0,0,0,0,-1}'; outcome_measure_odi_sections" })
	void refusesInconsistentRows(String instrument, String score, String interpretation, Integer nprs, String odi,
			String constraint) {
		assertThatThrownBy(() -> insert(instrument, score, interpretation, nprs, odi)).isInstanceOfSatisfying(
				DataIntegrityViolationException.class,
				ex -> org.assertj.core.api.Assertions.assertThat(DatabaseConstraint.violatedBy(ex))
					.contains(constraint));
	}

	@Test
	void refusesAPsfsScoreThatIsNotTheMeanOfItsActivities() {
		assertRefusedBy("outcome_measure_psfs_score", () -> transactions.executeWithoutResult(status -> {
			UUID measure = insertPsfs("6.50");
			activity(measure, 1, "stairs", 6);
			activity(measure, 2, "sitting", 8);
		}));
	}

	@Test
	void refusesAPsfsWithoutActivities() {
		assertRefusedBy("outcome_measure_psfs_score", () -> insertPsfs("5.00"));
	}

	@Test
	void acceptsAPsfsScoredAsTheMeanOfItsActivitiesToTwoDecimals() {
		UUID measure = transactions.execute(status -> {
			UUID id = insertPsfs("6.67");
			activity(id, 1, "stairs", 6);
			activity(id, 2, "sitting", 7);
			activity(id, 3, "lifting", 7);
			return id;
		});
		assertThat(jdbc.sql("select score from outcome_measure where id = :id")
			.param("id", measure)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("6.67");
	}

	@Test
	void refusesALaterActivityThatChangesThePsfsMean() {
		UUID measure = transactions.execute(status -> {
			UUID id = insertPsfs("6.00");
			activity(id, 1, "stairs", 6);
			return id;
		});
		assertRefusedBy("outcome_measure_psfs_score", () -> activity(measure, 2, "sitting", 9));
	}

	@Test
	void refusesAChangedPsfsActivity() {
		UUID measure = transactions.execute(status -> {
			UUID id = insertPsfs("6.00");
			activity(id, 1, "stairs", 6);
			return id;
		});
		assertRefusedBy("psfs_activity_unchangeable",
				() -> owner.jdbc()
					.sql("update psfs_activity set name = 'walking' where outcome_measure_id = :id")
					.param("id", measure)
					.update());
		assertRefusedBy("psfs_activity_unchangeable",
				() -> owner.jdbc()
					.sql("delete from psfs_activity where outcome_measure_id = :id")
					.param("id", measure)
					.update());
	}

	@Test
	void refusesAChangedScoreOrDay() {
		UUID measure = insertNprs();
		assertRefusedBy("outcome_measure_values_unchangeable",
				() -> owner.jdbc()
					.sql("update outcome_measure set score = 2, nprs_score = 2 where id = :id")
					.param("id", measure)
					.update());
		assertRefusedBy("outcome_measure_values_unchangeable",
				() -> owner.jdbc()
					.sql("update outcome_measure set taken_on = date '2026-01-06' where id = :id")
					.param("id", measure)
					.update());
	}

	@Test
	void refusesDeletingAMeasure() {
		UUID measure = insertNprs();
		assertRefusedBy("outcome_measure_values_unchangeable",
				() -> owner.jdbc().sql("delete from outcome_measure where id = :id").param("id", measure).update());
	}

	@Test
	void refusesAnIncompleteMark() {
		UUID measure = insertNprs();
		assertRefusedBy("outcome_measure_entered_in_error_complete",
				() -> jdbc.sql("update outcome_measure set entered_in_error_at = now() where id = :id")
					.param("id", measure)
					.update());
		assertRefusedBy("outcome_measure_entered_in_error_complete", () -> mark(measure, " "));
	}

	@Test
	void aMarkNeverChangesOrClears() {
		UUID measure = insertNprs();
		mark(measure, "Typo");
		assertRefusedBy("outcome_measure_entered_in_error_final", () -> mark(measure, "Another reason"));
		assertRefusedBy("outcome_measure_entered_in_error_final", () -> jdbc.sql("""
				update outcome_measure
				   set entered_in_error_at = null, entered_in_error_by = null, entered_in_error_reason = null
				 where id = :id
				""").param("id", measure).update());
	}

	@Test
	void aMarkedMeasureKeepsItsValues() {
		UUID measure = insertNprs();
		mark(measure, "Typo");
		assertRefusedBy("outcome_measure_values_unchangeable",
				() -> owner.jdbc()
					.sql("update outcome_measure set score = 3, nprs_score = 3 where id = :id")
					.param("id", measure)
					.update());
	}

	private void assertRefusedBy(String constraint, Runnable write) {
		assertThatThrownBy(write::run).isInstanceOfSatisfying(DataIntegrityViolationException.class,
				ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

	private void mark(UUID measure, String reason) {
		jdbc.sql("""
				update outcome_measure
				   set entered_in_error_at = now(), entered_in_error_reason = :reason,
				       entered_in_error_by = (select id from staff_account order by id limit 1)
				 where id = :id
				""").param("id", measure).param("reason", reason).update();
	}

	private UUID insertNprs() {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into outcome_measure (id, patient_id, instrument, taken_on, score, nprs_score, recorded_by, created_at)
						values (:id, :patientId, 'NPRS', date '2026-01-05', 4, 4, :id, now())
						""")
			.param("id", id)
			.param("patientId", new Patients(jdbc).newPatient())
			.update();
		return id;
	}

	private UUID insertPsfs(String score) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into outcome_measure (id, patient_id, instrument, taken_on, score, recorded_by, created_at)
				values (:id, :patientId, 'PSFS', date '2026-01-05', cast(:score as numeric), :id, now())
				""").param("id", id).param("patientId", new Patients(jdbc).newPatient()).param("score", score).update();
		return id;
	}

	private void activity(UUID measure, int position, String name, int score) {
		jdbc.sql("""
				insert into psfs_activity (outcome_measure_id, position, name, score)
				values (:id, :position, :name, :score)
				""")
			.param("id", measure)
			.param("position", position)
			.param("name", name)
			.param("score", score)
			.update();
	}

	private void insert(String instrument, String score, String interpretation, Integer nprs, String odi) {
		jdbc.sql("""
				insert into outcome_measure (id, patient_id, instrument, taken_on, score, interpretation, nprs_score,
				                             odi_answers, recorded_by, created_at)
				values (:id, :patientId, :instrument, date '2026-01-05', cast(:score as numeric), :interpretation,
				        :nprs, cast(:odi as smallint[]), :id, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("patientId", new Patients(jdbc).newPatient())
			.param("instrument", instrument)
			.param("score", score)
			.param("interpretation", interpretation)
			.param("nprs", nprs)
			.param("odi", odi)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

}

package ilium.outcomes;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database refuses what the service would never write (the constraint is the
 * guarantee).
 */
@HttpTest
class OutcomeMeasureTableTests {

	@Autowired
	JdbcClient jdbc;

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

	private void insert(String instrument, String score, String interpretation, Integer nprs, String odi) {
		jdbc.sql("""
				insert into outcome_measure (id, patient_id, instrument, taken_on, score, interpretation, nprs_score,
				                             odi_answers, recorded_by, created_at)
				values (:id, :patientId, :instrument, date '2026-01-05', cast(:score as numeric), :interpretation,
				        :nprs, cast(:odi as smallint[]), :id, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("patientId", OutcomeSeriesTests.newPatient(jdbc))
			.param("instrument", instrument)
			.param("score", score)
			.param("interpretation", interpretation)
			.param("nprs", nprs)
			.param("odi", odi)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

}

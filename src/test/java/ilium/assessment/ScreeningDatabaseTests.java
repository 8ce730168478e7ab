package ilium.assessment;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.shared.DatabaseConstraint;
import ilium.treatment.ClinicalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL itself holds the red-flag table of DOMAIN.md, whatever code writes a
 * screening, and agrees with {@link RedFlag} and {@link Disposition} on every answer.
 */
@HttpTest
class ScreeningDatabaseTests {

	private static final int QUESTIONS = 11;

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	UUID patientId;

	@BeforeEach
	void setUp() {
		patientId = new ClinicalFixtures(http, jdbc).newPatient();
	}

	@Test
	void refusesClearToTreatWithSaddleAnaesthesia() {
		assertThatThrownBy(() -> insertWithSaddleAnaesthesia(new String[0], "CLEAR_TO_TREAT"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("screening_flags_follow_answers"));
	}

	@Test
	void refusesAReferralMilderThanItsFlags() {
		assertThatThrownBy(
				() -> insertWithSaddleAnaesthesia(new String[] { "POSSIBLE_CAUDA_EQUINA" }, "REFER_TO_PHYSICIAN"))
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("screening_flags_follow_answers"));
	}

	@Test
	void refusesFlagsOutOfTableOrder() {
		assertThatThrownBy(() -> jdbc
			.sql("""
					insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
					       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
					       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
					       immunosuppression_or_iv_drug_use, pain_locations, symptoms, contributing_factors, red_flags,
					       disposition)
					values (gen_random_uuid(), :patientId, current_date, gen_random_uuid(), now(), false, false, false, false, false,
					        false, false, true, false, true, false, '{}', '{}', '{}',
					        '{POSSIBLE_FRACTURE,POSSIBLE_MALIGNANCY}', 'REFER_TO_PHYSICIAN')
					""")
			.param("patientId", patientId)
			.update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("screening_flags_follow_answers"));
	}

	@Test
	void acceptsARawRowWhoseFlagsFollowItsAnswers() {
		insertWithSaddleAnaesthesia(new String[] { "POSSIBLE_CAUDA_EQUINA" }, "URGENT_REFERRAL");
		assertThat(jdbc.sql("select count(*) from screening where patient_id = :id")
			.param("id", patientId)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void javaAndPostgresqlAgreeOnEveryAnswerCombination() {
		List<String> disagreements = new ArrayList<>();
		List<String> combinations = jdbc
			.sql("""
					select n, f.factors, (x.outcome).red_flags, (x.outcome).disposition
					  from generate_series(0, 2047) n
					 cross join (values ('{}'::text[]), ('{JOINT_INFECTION}'), ('{ENDOCARDITIS}'),
					                    ('{JOINT_INFECTION,ENDOCARDITIS}'), ('{PREGNANCY,URINARY_TRACT_INFECTION}')) f(factors)
					 cross join lateral (select screening_outcome_of((n & 1) <> 0, (n & 2) <> 0, (n & 4) <> 0, (n & 8) <> 0,
					        (n & 16) <> 0, (n & 32) <> 0, (n & 64) <> 0, (n & 128) <> 0, (n & 256) <> 0, (n & 512) <> 0,
					        (n & 1024) <> 0, f.factors) as outcome) x
					""")
			.query((rs, row) -> {
				RecordScreening answers = answers(rs.getInt(1), names(rs.getArray(2)));
				List<String> flags = RedFlag.raisedBy(answers).stream().map(Enum::name).toList();
				String disposition = Disposition.of(RedFlag.raisedBy(answers)).name();
				List<String> databaseFlags = names(rs.getArray(3));
				if (!flags.equals(databaseFlags) || !disposition.equals(rs.getString(4))) {
					disagreements.add(answers + ": PostgreSQL " + databaseFlags + " " + rs.getString(4) + ", Java "
							+ flags + " " + disposition);
				}
				return rs.getInt(1) + " " + names(rs.getArray(2));
			})
			.list();
		assertThat(combinations).hasSize(2048 * 5).doesNotHaveDuplicates();
		assertThat(disagreements).isEmpty();
	}

	/**
	 * Answer i (in RecordScreening's order) is true when bit i of {@code bits} is set.
	 */
	private static RecordScreening answers(int bits, List<String> factors) {
		boolean[] yes = new boolean[QUESTIONS];
		for (int i = 0; i < QUESTIONS; i++) {
			yes[i] = (bits >> i & 1) == 1;
		}
		return new RecordScreening(yes[0], yes[1], yes[2], yes[3], yes[4], yes[5], yes[6], yes[7], yes[8], yes[9],
				yes[10], null, null, null, factors.stream().map(ContributingFactor::valueOf).toList(), null);
	}

	private static List<String> names(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/** A raw screening row: every answer false but saddle anaesthesia. */
	private void insertWithSaddleAnaesthesia(String[] redFlags, String disposition) {
		jdbc.sql(
				"""
						insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
						       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
						       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
						       immunosuppression_or_iv_drug_use, pain_locations, symptoms, contributing_factors, red_flags,
						       disposition)
						values (:id, :patientId, current_date, :recordedBy, now(), false, false, false, false, true, false, false, false,
						        false, false, false, '{}', '{}', '{}', :redFlags, :disposition)
						""")
			.param("id", UUID.randomUUID())
			.param("patientId", patientId)
			.param("recordedBy", UUID.randomUUID())
			.param("redFlags", redFlags)
			.param("disposition", disposition)
			.update();
	}

}

package ilium.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * PostgreSQL itself holds the Laslett cluster and the ASLR-compression rule, whatever
 * code writes an evaluation, and agrees with {@link LaslettCluster} on every combination.
 */
@HttpTest
class EvaluationDatabaseTests {

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
	void refusesAClusterThatDoesNotFollowItsTests() {
		// The old rule's answer: all five tested with two positive did not support.
		assertThatThrownBy(() -> insert(new String[] { "POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE" }, 2,
				5, "DOES_NOT_SUPPORT", null, null, null))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(
					ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("evaluation_cluster_follows_tests"));
	}

	@Test
	void refusesCountsThatDoNotFollowTheTests() {
		assertThatThrownBy(() -> insert(new String[] { "POSITIVE", "POSITIVE", "NOT_TESTED", "NOT_TESTED", "NEGATIVE" },
				2, 2, "SUPPORTS_SI_JOINT_PAIN", null, null, null))
			.satisfies(
					ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("evaluation_cluster_follows_tests"));
	}

	@Test
	void acceptsARawRowWhoseClusterFollowsItsTests() {
		insert(new String[] { "POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE" }, 2, 5,
				"SUPPORTS_SI_JOINT_PAIN", 1, 0, true);
		assertThat(jdbc.sql("select count(*) from evaluation where patient_id = :id")
			.param("id", patientId)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void refusesCompressionEaseWithANegativeAslr() {
		assertThatThrownBy(() -> insert(new String[] { "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NOT_TESTED" },
				0, 4, "DOES_NOT_SUPPORT", 0, 0, true))
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("evaluation_aslr_compression_needs_positive_aslr"));
	}

	@Test
	void refusesCompressionEaseWithoutAnAslr() {
		assertThatThrownBy(() -> insert(new String[] { "NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE", "NOT_TESTED" },
				0, 4, "DOES_NOT_SUPPORT", null, null, true))
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("evaluation_aslr_compression_needs_positive_aslr"));
	}

	@Test
	void javaAndPostgresqlAgreeOnAllTwoHundredFortyThreeCombinations() {
		List<String> disagreements = new ArrayList<>();
		List<String> combinations = jdbc.sql("""
				select d, t, c, s, g, (x.cluster).positive_count, (x.cluster).tested_count, (x.cluster).result
				  from unnest(array['POSITIVE', 'NEGATIVE', 'NOT_TESTED']) d
				 cross join unnest(array['POSITIVE', 'NEGATIVE', 'NOT_TESTED']) t
				 cross join unnest(array['POSITIVE', 'NEGATIVE', 'NOT_TESTED']) c
				 cross join unnest(array['POSITIVE', 'NEGATIVE', 'NOT_TESTED']) s
				 cross join unnest(array['POSITIVE', 'NEGATIVE', 'NOT_TESTED']) g
				 cross join lateral (select evaluation_cluster_of(d, t, c, s, g) as cluster) x
				""").query((rs, n) -> {
			ProvocationTests tests = new ProvocationTests(ProvocationResult.valueOf(rs.getString(1)),
					ProvocationResult.valueOf(rs.getString(2)), ProvocationResult.valueOf(rs.getString(3)),
					ProvocationResult.valueOf(rs.getString(4)), ProvocationResult.valueOf(rs.getString(5)));
			LaslettCluster database = new LaslettCluster(rs.getInt(6), rs.getInt(7),
					ClusterResult.valueOf(rs.getString(8)));
			if (!database.equals(LaslettCluster.of(tests))) {
				disagreements.add(tests + ": PostgreSQL " + database + ", Java " + LaslettCluster.of(tests));
			}
			return tests.toString();
		}).list();
		assertThat(combinations).hasSize(243).doesNotHaveDuplicates();
		assertThat(disagreements).isEmpty();
	}

	private void insert(String[] tests, int positive, int tested, String result, @Nullable Integer aslrLeft,
			@Nullable Integer aslrRight, @Nullable Boolean easier) {
		jdbc.sql("""
				insert into evaluation (id, patient_id, recorded_by, recorded_at, distraction, thigh_thrust,
				       compression, sacral_thrust, gaenslen, cluster_positive_count, cluster_tested_count,
				       cluster_result, aslr_left, aslr_right, aslr_easier_with_compression)
				values (:id, :patientId, :recordedBy, now(), :d, :t, :c, :s, :g, :positive, :tested, :result,
				        :aslrLeft, :aslrRight, :easier)
				""")
			.param("id", UUID.randomUUID())
			.param("patientId", patientId)
			.param("recordedBy", UUID.randomUUID())
			.param("d", tests[0])
			.param("t", tests[1])
			.param("c", tests[2])
			.param("s", tests[3])
			.param("g", tests[4])
			.param("positive", positive)
			.param("tested", tested)
			.param("result", result)
			.param("aslrLeft", aslrLeft, java.sql.Types.INTEGER)
			.param("aslrRight", aslrRight, java.sql.Types.INTEGER)
			.param("easier", easier, java.sql.Types.BOOLEAN)
			.update();
	}

}

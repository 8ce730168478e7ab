package ilium.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EvaluationView e) {
		ProvocationTests tests = e.provocationTests();
		jdbc.sql("""
				insert into evaluation (id, patient_id, appointment_id, recorded_by, recorded_at, distraction,
				       thigh_thrust, compression, sacral_thrust, gaenslen, cluster_positive_count,
				       cluster_tested_count, cluster_result, aslr_left, aslr_right, aslr_easier_with_compression,
				       joint_mobility, pain_side, nprs, findings)
				values (:id, :patientId, :appointmentId, :recordedBy, :recordedAt, :distraction, :thighThrust,
				        :compression, :sacralThrust, :gaenslen, :positive, :tested, :result, :aslrLeft, :aslrRight,
				        :easier, :mobility, :painSide, :nprs, :findings)
				""")
			.param("id", e.id())
			.param("patientId", e.patientId())
			.param("appointmentId", e.appointmentId())
			.param("recordedBy", e.recordedBy())
			.param("recordedAt", Timestamp.from(e.recordedAt()))
			.param("distraction", tests.distraction().name())
			.param("thighThrust", tests.thighThrust().name())
			.param("compression", tests.compression().name())
			.param("sacralThrust", tests.sacralThrust().name())
			.param("gaenslen", tests.gaenslen().name())
			.param("positive", e.cluster().positiveCount())
			.param("tested", e.cluster().testedCount())
			.param("result", e.cluster().result().name())
			.param("aslrLeft", e.aslr() == null ? null : e.aslr().left())
			.param("aslrRight", e.aslr() == null ? null : e.aslr().right())
			.param("easier", e.aslrEasierWithCompression())
			.param("mobility", e.jointMobility() == null ? null : e.jointMobility().name())
			.param("painSide", e.painSide() == null ? null : e.painSide().name())
			.param("nprs", e.nprs())
			.param("findings", e.findings())
			.update();
	}

	Optional<EvaluationView> find(UUID id) {
		return jdbc.sql("select * from evaluation where id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	/** The patient's most recent evaluation: the facts belt advice is filled from. */
	Optional<EvaluationView> latest(UUID patientId) {
		return jdbc
			.sql("select * from evaluation where patient_id = :patientId order by recorded_at desc, id desc limit 1")
			.param("patientId", patientId)
			.query((rs, n) -> map(rs))
			.optional();
	}

	List<EvaluationView> page(UUID patientId, PageQuery page) {
		return jdbc.sql("""
				select * from evaluation where patient_id = :patientId
				 order by recorded_at desc, id desc limit :size offset :offset
				""")
			.param("patientId", patientId)
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> map(rs))
			.list();
	}

	long count(UUID patientId) {
		return jdbc.sql("select count(*) from evaluation where patient_id = :patientId")
			.param("patientId", patientId)
			.query(Long.class)
			.single();
	}

	private static EvaluationView map(ResultSet rs) throws SQLException {
		ProvocationTests tests = new ProvocationTests(ProvocationResult.valueOf(rs.getString("distraction")),
				ProvocationResult.valueOf(rs.getString("thigh_thrust")),
				ProvocationResult.valueOf(rs.getString("compression")),
				ProvocationResult.valueOf(rs.getString("sacral_thrust")),
				ProvocationResult.valueOf(rs.getString("gaenslen")));
		Integer left = rs.getObject("aslr_left", Integer.class);
		Integer right = rs.getObject("aslr_right", Integer.class);
		String mobility = rs.getString("joint_mobility");
		String painSide = rs.getString("pain_side");
		return new EvaluationView(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
				rs.getObject("appointment_id", UUID.class), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("recorded_by", UUID.class), tests,
				new LaslettCluster(rs.getInt("cluster_positive_count"), rs.getInt("cluster_tested_count"),
						ClusterResult.valueOf(rs.getString("cluster_result"))),
				left == null || right == null ? null : Aslr.AslrView.of(left, right),
				rs.getObject("aslr_easier_with_compression", Boolean.class),
				mobility == null ? null : JointMobility.valueOf(mobility),
				painSide == null ? null : PainSide.valueOf(painSide), rs.getObject("nprs", Integer.class),
				rs.getString("findings"));
	}

}

package ilium.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;
import ilium.shared.SqlArrays;

@Repository
class ScreeningRepository {

	private final JdbcClient jdbc;

	ScreeningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ScreeningView s) {
		jdbc.sql(
				"""
						insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever, low_back_or_buttock_pain,
						       deep_thigh_pain, difficulty_walking, saddle_anesthesia, bladder_or_bowel_dysfunction,
						       progressive_neurological_deficit, history_of_cancer, unexplained_weight_loss, major_trauma,
						       immunosuppression_or_iv_drug_use, pain_side, pain_locations, symptoms, contributing_factors,
						       nprs, red_flags, disposition)
						values (:id, :patientId, :screenedOn, :recordedBy, :recordedAt, :fever, :lowBack, :deepThigh, :walking, :saddle,
						        :bladder, :neuro, :cancer, :weightLoss, :trauma, :immuno, :painSide, :locations, :symptoms,
						        :factors, :nprs, :redFlags, :disposition)
						""")
			.param("id", s.id())
			.param("patientId", s.patientId())
			.param("screenedOn", Date.valueOf(s.screenedOn()))
			.param("recordedBy", s.recordedBy())
			.param("recordedAt", Timestamp.from(s.recordedAt()))
			.param("fever", s.fever())
			.param("lowBack", s.lowBackOrButtockPain())
			.param("deepThigh", s.deepThighPain())
			.param("walking", s.difficultyWalking())
			.param("saddle", s.saddleAnesthesia())
			.param("bladder", s.bladderOrBowelDysfunction())
			.param("neuro", s.progressiveNeurologicalDeficit())
			.param("cancer", s.historyOfCancer())
			.param("weightLoss", s.unexplainedWeightLoss())
			.param("trauma", s.majorTrauma())
			.param("immuno", s.immunosuppressionOrIvDrugUse())
			.param("painSide", s.painSide() == null ? null : s.painSide().name())
			.param("locations", SqlArrays.of(s.painLocations()))
			.param("symptoms", SqlArrays.of(s.symptoms()))
			.param("factors", SqlArrays.of(s.contributingFactors()))
			.param("nprs", s.nprs())
			.param("redFlags", SqlArrays.of(s.redFlags()))
			.param("disposition", s.disposition().name())
			.update();
	}

	/**
	 * Records a clearance unless one is already there; answers whether it was recorded.
	 */
	boolean clear(UUID id, ClearScreening clearance, UUID recordedBy, Instant now) {
		return jdbc.sql("""
				update screening set cleared_by = :clearedBy, cleared_by_npi = :npi, cleared_on = :clearedOn,
				       clearance_note = :note,
				       clearance_recorded_at = :now, clearance_recorded_by = :recordedBy
				 where id = :id and cleared_by is null and disposition <> 'CLEAR_TO_TREAT'
				""")
			.param("id", id)
			.param("clearedBy", clearance.clearedBy().strip())
			.param("npi", clearance.clearedByNpi())
			.param("clearedOn", Date.valueOf(clearance.clearedOn()))
			.param("note", clearance.note())
			.param("now", Timestamp.from(now))
			.param("recordedBy", recordedBy)
			.update() == 1;
	}

	Optional<ScreeningView> find(UUID id) {
		return jdbc.sql("select * from screening where id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	/**
	 * The patient's most recent screening by the day it was taken: the one whose age the
	 * gate looks at, and the facts belt advice starts from.
	 */
	Optional<ScreeningView> latest(UUID patientId) {
		return jdbc.sql("""
				select * from screening where patient_id = :patientId
				 order by screened_on desc, recorded_at desc, id desc limit 1
				""").param("patientId", patientId).query((rs, n) -> map(rs)).optional();
	}

	/**
	 * The patient's referrals that no physician has cleared, oldest first. A later clear
	 * screening never resolves one (DOMAIN.md): only a clearance does.
	 */
	List<ScreeningView> unresolved(UUID patientId) {
		return jdbc.sql("""
				select * from screening
				 where patient_id = :patientId and disposition <> 'CLEAR_TO_TREAT' and cleared_by is null
				 order by recorded_at, id
				""").param("patientId", patientId).query((rs, n) -> map(rs)).list();
	}

	List<ScreeningView> page(UUID patientId, PageQuery page) {
		return jdbc.sql("""
				select * from screening where patient_id = :patientId
				 order by screened_on desc, recorded_at desc, id desc limit :size offset :offset
				""")
			.param("patientId", patientId)
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> map(rs))
			.list();
	}

	long count(UUID patientId) {
		return jdbc.sql("select count(*) from screening where patient_id = :patientId")
			.param("patientId", patientId)
			.query(Long.class)
			.single();
	}

	private static ScreeningView map(ResultSet rs) throws SQLException {
		ScreeningView.Clearance clearance = rs.getString("cleared_by") == null ? null
				: new ScreeningView.Clearance(rs.getString("cleared_by"), rs.getString("cleared_by_npi"),
						rs.getDate("cleared_on").toLocalDate(), rs.getString("clearance_note"),
						rs.getTimestamp("clearance_recorded_at").toInstant(),
						rs.getObject("clearance_recorded_by", UUID.class));
		Disposition disposition = Disposition.valueOf(rs.getString("disposition"));
		String painSide = rs.getString("pain_side");
		return new ScreeningView(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
				rs.getDate("screened_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("recorded_by", UUID.class), rs.getBoolean("fever"),
				rs.getBoolean("low_back_or_buttock_pain"), rs.getBoolean("deep_thigh_pain"),
				rs.getBoolean("difficulty_walking"), rs.getBoolean("saddle_anesthesia"),
				rs.getBoolean("bladder_or_bowel_dysfunction"), rs.getBoolean("progressive_neurological_deficit"),
				rs.getBoolean("history_of_cancer"), rs.getBoolean("unexplained_weight_loss"),
				rs.getBoolean("major_trauma"), rs.getBoolean("immunosuppression_or_iv_drug_use"),
				painSide == null ? null : PainSide.valueOf(painSide),
				SqlArrays.read(rs, "pain_locations", PainLocation.class), SqlArrays.read(rs, "symptoms", Symptom.class),
				SqlArrays.read(rs, "contributing_factors", ContributingFactor.class),
				rs.getObject("nprs", Integer.class), SqlArrays.read(rs, "red_flags", RedFlag.class), disposition,
				clearance, disposition == Disposition.CLEAR_TO_TREAT || clearance != null);
	}

}

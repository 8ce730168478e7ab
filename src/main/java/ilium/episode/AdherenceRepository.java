package ilium.episode;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdherenceRepository {

	private final JdbcClient jdbc;

	private final EpisodeProperties properties;

	AdherenceRepository(JdbcClient jdbc, EpisodeProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	void insert(UUID id, UUID planId, RecordAdherence command, int expectedSessions, UUID recordedBy, Instant now) {
		jdbc.sql("""
				insert into hep_adherence_entry (id, plan_id, prescription_id, reported_on, sessions_done,
				       expected_sessions, pain_during, source, note, recorded_by, recorded_at)
				values (:id, :planId, :prescriptionId, :reportedOn, :sessionsDone, :expected, :painDuring, :source,
				        :note, :recordedBy, :now)
				""")
			.param("id", id)
			.param("planId", planId)
			.param("prescriptionId", command.prescriptionId())
			.param("reportedOn", Date.valueOf(command.reportedOn()))
			.param("sessionsDone", command.sessionsDone())
			.param("expected", expectedSessions)
			.param("painDuring", command.painDuring())
			.param("source", command.source().name())
			.param("note", command.note())
			.param("recordedBy", recordedBy)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<AdherenceEntryView> find(UUID planId, UUID id) {
		return jdbc.sql("select * from hep_adherence_entry where id = :id and plan_id = :planId")
			.param("id", id)
			.param("planId", planId)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** The plan's entries reported in the period, oldest first. */
	List<AdherenceEntryView> between(UUID planId, AdherencePeriod period) {
		return jdbc.sql("""
				select * from hep_adherence_entry
				 where plan_id = :planId and reported_on between :from and :to
				 order by reported_on, recorded_at, id
				""")
			.param("planId", planId)
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Each prescription's last {@code count} entries of the plan reported on or before
	 * {@code on}, newest first per prescription.
	 */
	List<AdherenceEntryView> latest(UUID planId, LocalDate on, int count) {
		return jdbc.sql("""
				select * from (
				    select e.*, row_number() over (partition by prescription_id order by reported_on desc) as recency
				      from hep_adherence_entry e
				     where plan_id = :planId and reported_on <= :on) latest
				 where recency <= :count
				 order by prescription_id, reported_on desc
				""")
			.param("planId", planId)
			.param("on", Date.valueOf(on))
			.param("count", count)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * The prescriptions of these plans whose latest entry reported on or before
	 * {@code on} reports pain of at least {@code flagAt}, by plan and date.
	 */
	List<HepPainFlag> painFlags(Collection<UUID> planIds, LocalDate on, int flagAt) {
		return jdbc.sql("""
				select plan_id, prescription_id, reported_on, pain_during from (
				    select distinct on (prescription_id) plan_id, prescription_id, reported_on, pain_during
				      from hep_adherence_entry
				     where plan_id in (:planIds) and reported_on <= :on
				     order by prescription_id, reported_on desc) latest
				 where pain_during >= :flagAt
				 order by plan_id, reported_on, prescription_id
				""")
			.param("planIds", planIds)
			.param("on", Date.valueOf(on))
			.param("flagAt", flagAt)
			.query((rs, n) -> new HepPainFlag(rs.getObject("plan_id", UUID.class),
					rs.getObject("prescription_id", UUID.class), rs.getDate("reported_on").toLocalDate(),
					rs.getInt("pain_during")))
			.list();
	}

	private AdherenceEntryView map(ResultSet rs) throws SQLException {
		int pain = rs.getInt("pain_during");
		Integer painDuring = rs.wasNull() ? null : pain;
		int adherencePercent = rs.getInt("adherence_percent");
		return new AdherenceEntryView(rs.getObject("id", UUID.class), rs.getObject("prescription_id", UUID.class),
				rs.getDate("reported_on").toLocalDate(), rs.getInt("sessions_done"), painDuring,
				AdherenceSource.valueOf(rs.getString("source")), rs.getString("note"), rs.getInt("expected_sessions"),
				rs.getInt("raw_percent"), adherencePercent, properties.bandOf(adherencePercent),
				properties.painFlag(painDuring), rs.getObject("recorded_by", UUID.class),
				rs.getTimestamp("recorded_at").toInstant());
	}

}

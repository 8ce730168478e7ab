package ilium.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Certification intervals and their append-only writes (V120): the latest write of an
 * interval holds, the earlier ones are its history.
 */
@Repository
class CertificationRepository {

	private final JdbcClient jdbc;

	CertificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders the writes of one plan's certifications: a write waits for any other of the
	 * same plan until it commits, so sequence and revision numbers never race.
	 */
	void lock(UUID planId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('certification:' || :planId, 0))")
			.param("planId", planId.toString())
			.query()
			.singleValue();
	}

	/** The plan's recorded intervals, first first, each with its writes oldest first. */
	List<Stored> ofPlan(UUID planId) {
		Map<Integer, Stored> intervals = new LinkedHashMap<>();
		jdbc.sql("""
				select i.seq, i.interval_start, i.interval_end, w.method, w.sent_on, w.verbal_on, w.signed_on,
				       w.certifier_name, w.certifier_npi, w.delay_reason, w.written_by, w.written_at
				  from certification_interval i
				  join certification_write w on w.plan_id = i.plan_id and w.seq = i.seq
				 where i.plan_id = :planId
				 order by i.seq, w.revision
				""").param("planId", planId).query((ResultSet row) -> {
			int seq = row.getInt("seq");
			if (!intervals.containsKey(seq)) {
				intervals.put(seq, new Stored(seq, row.getObject("interval_start", LocalDate.class),
						row.getObject("interval_end", LocalDate.class), new ArrayList<>()));
			}
			intervals.get(seq).writes().add(write(row));
		});
		return List.copyOf(intervals.values());
	}

	void insertInterval(UUID planId, CertificationInterval interval) {
		jdbc.sql("""
				insert into certification_interval (plan_id, seq, interval_start, interval_end)
				values (:planId, :seq, :start, :end)
				""")
			.param("planId", planId)
			.param("seq", interval.seq())
			.param("start", interval.start())
			.param("end", interval.end())
			.update();
	}

	void insertWrite(UUID planId, int seq, RecordCertification command, UUID writtenBy, Instant at) {
		jdbc.sql("""
				insert into certification_write (plan_id, seq, revision, method, sent_on, verbal_on, signed_on,
				                                 certifier_name, certifier_npi, delay_reason, written_by, written_at)
				select :planId, :seq, coalesce(max(revision), 0) + 1, :method, :sentOn, :verbalOn, :signedOn,
				       :certifierName, :certifierNpi, :delayReason, :writtenBy, :writtenAt
				  from certification_write
				 where plan_id = :planId and seq = :seq
				""")
			.param("planId", planId)
			.param("seq", seq)
			.param("method", command.method().name())
			.param("sentOn", command.sentOn())
			.param("verbalOn", command.verbalOn())
			.param("signedOn", command.signedOn())
			.param("certifierName", command.certifierName())
			.param("certifierNpi", command.certifierNpi())
			.param("delayReason", command.delayReason())
			.param("writtenBy", writtenBy)
			.param("writtenAt", Timestamp.from(at))
			.update();
	}

	private static CertificationView.Write write(ResultSet row) throws SQLException {
		return new CertificationView.Write(CertificationMethod.valueOf(row.getString("method")), date(row, "sent_on"),
				date(row, "verbal_on"), date(row, "signed_on"), row.getString("certifier_name"),
				row.getString("certifier_npi"), row.getString("delay_reason"), row.getObject("written_by", UUID.class),
				row.getTimestamp("written_at").toInstant());
	}

	private static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
		return row.getObject(column, LocalDate.class);
	}

	/** A recorded interval with its writes, oldest first (the last holds). */
	record Stored(int seq, LocalDate start, LocalDate end, List<CertificationView.Write> writes) {

		CertificationView.Write latest() {
			return writes.getLast();
		}

		CertificationInterval interval() {
			CertificationView.Write latest = latest();
			return new CertificationInterval(seq, start, end, new CertificationInterval.Recorded(latest.method(),
					latest.sentOn(), latest.verbalOn(), latest.signedOn(), latest.delayReason()));
		}

	}

}

package ilium.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

/**
 * Writes and reads the trail. Only the filters given become part of the SQL (fixed
 * fragments, never values), so every variant has a plain plan on
 * {@code audit_event_patient_at_idx}, {@code audit_event_user_at_idx} or
 * {@code audit_event_at_idx}, also when PostgreSQL switches to a generic plan for a
 * prepared statement.
 */
@Repository
class AuditEventRepository {

	private static final String PERIOD = " from audit_event where at >= :start and at < :end";

	private static final String OF_PATIENT = " and patient_id = :patientId";

	private static final String BY_USER = " and user_id = :userId";

	private final JdbcClient jdbc;

	AuditEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes one line in the caller's transaction. */
	void insert(AuditRecord line, Instant at) {
		jdbc.sql("""
				insert into audit_event (at, user_id, username, role, action, resource_type, resource_id,
				                         patient_id, outcome)
				values (:at, :userId, :username, :role, :action, :resourceType, :resourceId, :patientId, :outcome)
				""")
			.param("at", Timestamp.from(at))
			.param("userId", line.userId())
			.param("username", line.username())
			.param("role", line.role())
			.param("action", line.action().name())
			.param("resourceType", line.resourceType().word())
			.param("resourceId", line.resourceId())
			.param("patientId", line.patientId())
			.param("outcome", line.outcome().name())
			.update();
	}

	List<AuditEventView> page(AuditSearch search, ZoneId zone, PageQuery page) {
		return bind(jdbc.sql("select *" + matching(search) + " order by at desc, id desc limit :size offset :offset"),
				search, zone)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(AuditEventRepository::map)
			.list();
	}

	long count(AuditSearch search, ZoneId zone) {
		return bind(jdbc.sql("select count(*)" + matching(search)), search, zone).query(Long.class).single();
	}

	Optional<AuditEventView> find(long id) {
		return jdbc.sql("select * from audit_event where id = :id")
			.param("id", id)
			.query(AuditEventRepository::map)
			.optional();
	}

	private static String matching(AuditSearch search) {
		return PERIOD + (search.patientId() == null ? "" : OF_PATIENT) + (search.userId() == null ? "" : BY_USER);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditSearch search, ZoneId zone) {
		JdbcClient.StatementSpec bound = statement.param("start", Timestamp.from(search.start(zone)))
			.param("end", Timestamp.from(search.end(zone)));
		if (search.patientId() != null) {
			bound = bound.param("patientId", search.patientId());
		}
		if (search.userId() != null) {
			bound = bound.param("userId", search.userId());
		}
		return bound;
	}

	private static AuditEventView map(ResultSet rs, int row) throws SQLException {
		return new AuditEventView(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
				rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("role"),
				rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
				rs.getObject("patient_id", UUID.class), AuditOutcome.valueOf(rs.getString("outcome")));
	}

}

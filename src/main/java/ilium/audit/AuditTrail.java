package ilium.audit;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.CurrentStaff;

/**
 * Writes the audit trail. Called inside the caller's transaction, so a change and its
 * audit line commit or roll back together; outside one, the line commits on its own.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The signed-in staff member was allowed to {@code action} this record. */
	@Transactional
	public void allowed(String action, String resourceType, @Nullable Object resourceId, @Nullable UUID patientId) {
		record(AuditRecord.by(CurrentStaff.require(), action, resourceType, resourceId, patientId,
				AuditOutcome.ALLOWED));
	}

	/** Writes one line of the trail as given. */
	@Transactional
	public void record(AuditRecord record) {
		jdbc.sql("""
				insert into audit_event (at, user_id, username, role, action, resource_type, resource_id,
				                         patient_id, outcome)
				values (:at, :userId, :username, :role, :action, :resourceType, :resourceId, :patientId, :outcome)
				""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("userId", record.userId())
			.param("username", record.username())
			.param("role", record.role())
			.param("action", record.action())
			.param("resourceType", record.resourceType())
			.param("resourceId", record.resourceId())
			.param("patientId", record.patientId())
			.param("outcome", record.outcome().name())
			.update();
	}

}

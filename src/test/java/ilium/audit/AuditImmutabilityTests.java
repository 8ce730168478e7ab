package ilium.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;

import ilium.DatabaseOwner;
import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail is append-only in PostgreSQL itself: the service's runtime role was never
 * granted the right to change rows, and even the owner, who may grant that right to
 * itself, is stopped by V3's triggers.
 */
@HttpTest
class AuditImmutabilityTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	AuditTrail trail;

	@Test
	void theServicesRuntimeRoleMayNotUpdateDeleteOrTruncateTheTrail() throws SQLException {
		String resourceId = recordOne();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertRefused(statement,
					"update audit_event set action = 'FORGED' where resource_id = '" + resourceId + "'");
			assertRefused(statement, "delete from audit_event where resource_id = '" + resourceId + "'");
			assertRefused(statement, "truncate audit_event");
		}
	}

	@Test
	void evenTheOwnerWhoGrantsItselfTheRightIsRefusedByATrigger() throws SQLException {
		String resourceId = recordOne();
		try (Connection connection = owner.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			try {
				for (String change : new String[] {
						"update audit_event set action = 'FORGED' where resource_id = '" + resourceId + "'",
						"delete from audit_event where resource_id = '" + resourceId + "'", "truncate audit_event" }) {
					statement.execute("grant update, delete, truncate on audit_event to current_user");
					assertRefusedWith(statement, change, "append-only");
					connection.rollback();
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private String recordOne() {
		String resourceId = UUID.randomUUID().toString();
		trail.record(new AuditRecord(null, "someone", null, AuditAction.READ, AuditResource.PATIENT, resourceId,
				UUID.randomUUID(), AuditOutcome.ALLOWED));
		return resourceId;
	}

	private static void assertRefused(Statement statement, String sql) {
		assertRefusedWith(statement, sql, "permission denied");
	}

	private static void assertRefusedWith(Statement statement, String sql, String message) {
		assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(PSQLException.class)
			.hasMessageContaining(message)
			.extracting(ex -> ((PSQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

}

package ilium;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.patients.Patients;
import ilium.scheduling.Appointments;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API.md, Operations: the service's runtime role cannot rewrite the audit trail, a signed
 * note or any other append-only table, even by the way an attacker with its password
 * tried (disable the triggers, grant itself UPDATE and DELETE, then change rows): it owns
 * nothing and holds only what {@code afterMigrate__runtime_role_grants.sql} grants.
 */
@HttpTest
class RuntimeRoleTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static final String CHECK_VIOLATION = "23514";

	/** Every table a trigger keeps append-only, or unchangeable once signed. */
	private static final List<String> APPEND_ONLY = List.of("audit_event", "visit_note_addendum",
			"prescription_dose_history", "treatment_plan_status_history", "protocol_version",
			"protocol_version_exercise", "protocol_version_manual_therapy", "hep_adherence_entry");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	RestTestClient http;

	@Test
	void ownsNothingAndIsNoSuperuser() {
		assertThat(jdbc.sql("""
				select count(*) from pg_class c
				 where c.relnamespace = (select n.oid from pg_namespace n where n.nspname = current_schema())
				   and pg_has_role(current_user, c.relowner, 'MEMBER')
				""").query(Long.class).single()).isZero();
		assertThat(
				jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
					.query(Boolean.class)
					.single())
			.isFalse();
		assertThat(jdbc.sql("select has_schema_privilege(current_schema(), 'CREATE')").query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void holdsNoRightToChangeOrRemoveRowsOfAppendOnlyTablesNorToTruncateOrAddTriggersAnywhere() {
		for (String table : APPEND_ONLY) {
			assertThat(privileges(table)).as(table).containsExactlyInAnyOrder("SELECT", "INSERT");
		}
		assertThat(jdbc.sql("""
				select c.relname from pg_class c
				 where c.relnamespace = (select n.oid from pg_namespace n where n.nspname = current_schema())
				   and c.relkind in ('r', 'p')
				   and (has_table_privilege(c.oid, 'TRUNCATE') or has_table_privilege(c.oid, 'TRIGGER')
				        or has_table_privilege(c.oid, 'REFERENCES'))
				""").query(String.class).list()).isEmpty();
	}

	@Test
	void cannotRewriteTheAuditTrail() throws SQLException {
		String resourceId = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into audit_event (at, username, action, resource_type, resource_id, outcome)
				values (now(), 'someone', 'READ', 'patient', :resourceId, 'ALLOWED')
				""").param("resourceId", resourceId).update();
		String row = "resource_id = '" + resourceId + "'";

		assertCannotRewrite("audit_event", "update, delete, truncate", "action = 'FORGED'", row,
				INSUFFICIENT_PRIVILEGE);

		assertThat(jdbc.sql("select action from audit_event where " + row).query(String.class).list())
			.containsExactly("READ");
	}

	@Test
	void cannotRewriteASignedVisitNote() throws SQLException {
		UUID noteId = signedNote();
		String row = "id = '" + noteId + "'";

		// The service edits drafts, so it may UPDATE visit_note: the trigger refuses a
		// signed one, and the role cannot switch it off.
		assertCannotRewrite("visit_note", "delete, truncate", "subjective = 'Rewritten later'", row, CHECK_VIOLATION);

		assertThat(jdbc.sql("select subjective from visit_note where " + row).query(String.class).single())
			.isEqualTo("As signed");
	}

	@Test
	void cannotRewriteATreatmentPlansStatusHistory() throws SQLException {
		assertCannotRewrite("treatment_plan_status_history", "update, delete, truncate", "reason = 'Forged'",
				"plan_id = '" + UUID.randomUUID() + "'", INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void cannotRewriteAnAdherenceEntry() throws SQLException {
		assertCannotRewrite("hep_adherence_entry", "update, delete, truncate", "sessions_done = 70",
				"id = '" + UUID.randomUUID() + "'", INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void cannotDropReplaceOrTakeOverWhatGuardsTheTrail() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertRefused(statement, "drop table audit_event cascade", INSUFFICIENT_PRIVILEGE);
			assertRefused(statement, "drop trigger audit_event_append_only on audit_event", INSUFFICIENT_PRIVILEGE);
			assertRefused(statement, """
					create or replace function audit_event_refuse_change() returns trigger language plpgsql
					as $$ begin return new; end $$""", INSUFFICIENT_PRIVILEGE);
			assertRefused(statement, "alter table audit_event owner to current_user", INSUFFICIENT_PRIVILEGE);
			String owner = jdbc.sql("select tableowner from pg_tables where tablename = 'audit_event'")
				.query(String.class)
				.single();
			assertRefused(statement, "set role " + owner, INSUFFICIENT_PRIVILEGE);
		}
	}

	/**
	 * The attacker's sequence, each step on its own: switch the table's triggers off,
	 * grant itself the missing rights (which grants nothing), then change, remove and
	 * truncate rows.
	 */
	private void assertCannotRewrite(String table, String rightsToGrant, String change, String row,
			String updateRefusedWith) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertRefused(statement, "alter table " + table + " disable trigger user", INSUFFICIENT_PRIVILEGE);
			// PostgreSQL answers a grant without grant options with a warning, not an
			// error.
			statement.execute("grant " + rightsToGrant + " on " + table + " to current_user");
			SQLWarning warning = statement.getWarnings();
			assertThat(warning == null ? null : warning.getMessage()).as("grant on " + table)
				.contains("no privileges were granted");
			assertRefused(statement, "update " + table + " set " + change + " where " + row, updateRefusedWith);
			assertRefused(statement, "delete from " + table + " where " + row, INSUFFICIENT_PRIVILEGE);
			assertRefused(statement, "truncate " + table, INSUFFICIENT_PRIVILEGE);
		}
		assertThat(privileges(table)).doesNotContain("DELETE", "TRUNCATE", "TRIGGER");
		assertThat(
				jdbc.sql("select count(*) from pg_trigger where tgrelid = cast(:table as regclass) and tgenabled = 'D'")
					.param("table", table)
					.query(Long.class)
					.single())
			.isZero();
	}

	private List<String> privileges(String table) {
		return jdbc.sql("""
				select privilege from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE',
				                                   'REFERENCES', 'TRIGGER']) as privilege
				 where has_table_privilege(cast(:table as regclass), privilege)
				""").param("table", table).query(String.class).list();
	}

	private static void assertRefused(Statement statement, String sql, String sqlState) {
		assertThatThrownBy(() -> statement.execute(sql)).as(sql)
			.isInstanceOf(PSQLException.class)
			.extracting(ex -> ((PSQLException) ex).getSQLState())
			.isEqualTo(sqlState);
	}

	/**
	 * A note signed through the API: a checked-in appointment from the scheduling fixture
	 * (the runtime role may insert), then a complete note opened and signed by its
	 * therapist.
	 */
	private UUID signedNote() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patientId = new Patients(jdbc).newPatient();
		UUID appointmentId = new Appointments(jdbc).checkedIn(patientId, therapist.therapistId(), "FOLLOW_UP",
				Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS));
		JsonNode note = http.post()
			.uri("/api/v1/appointments/{id}/visit-note", appointmentId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("subjective", "As signed", "objective", "Objective", "assessment", "Assessment", "plan",
					"Plan"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID noteId = UUID.fromString(note.get("id").asString());
		http.post()
			.uri("/api/v1/visit-notes/{id}/sign", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk();
		return noteId;
	}

}

package ilium.audit;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the {@link ReadAuditWriter} writes its batches: a pool of one connection of its
 * own, to the service's database as the service's role. Taking a connection from the
 * service's pool instead would put the writer in line behind the requests (a few slow
 * reports holding every connection would leave it without one, and every read waiting on
 * it would answer 503); with its own, reads are audited whatever the pool is doing. Each
 * instance therefore holds one connection more than its pool size.
 */
@Component
class ReadLineBatches implements DisposableBean {

	private final HikariDataSource connection;

	private final JdbcClient jdbc;

	ReadLineBatches(JdbcConnectionDetails database) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("ilium-audit-writer");
		config.setJdbcUrl(database.getJdbcUrl());
		config.setUsername(database.getUsername());
		config.setPassword(database.getPassword());
		config.setMaximumPoolSize(1);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(1500);
		config.setValidationTimeout(1000);
		// Started lazily: a database that is down at start delays nothing.
		config.setInitializationFailTimeout(-1);
		config.addDataSourceProperty("connectTimeout", "2");
		config.addDataSourceProperty("socketTimeout", "60");
		config.addDataSourceProperty("ApplicationName", "ilium-audit-writer");
		this.connection = new HikariDataSource(config);
		this.jdbc = JdbcClient.create((DataSource) connection);
	}

	/**
	 * Writes many lines in one statement (one text array per column, cast and unnested
	 * into rows in the order given; instants in ISO-8601 with their {@code Z}), committed
	 * on its own: on the writer's own connection, outside any transaction, so the
	 * statement is its own transaction and returns once PostgreSQL has flushed its
	 * commit. It asks for that flush itself ({@code synchronous_commit} on for this
	 * transaction alone), so a server or database set to {@code synchronous_commit = off}
	 * cannot lose in a crash the line of a read that was answered;
	 * {@code AuditCrashTests} fails without it.
	 */
	void write(List<ReadAuditWriter.Pending> lines) {
		int size = lines.size();
		String[] at = new String[size];
		String[] userId = new String[size];
		String[] username = new String[size];
		String[] role = new String[size];
		String[] action = new String[size];
		String[] resourceType = new String[size];
		String[] resourceId = new String[size];
		String[] patientId = new String[size];
		String[] outcome = new String[size];
		for (int i = 0; i < size; i++) {
			ReadAuditWriter.Pending pending = lines.get(i);
			AuditRecord line = pending.line();
			at[i] = pending.at().toString();
			userId[i] = textOf(line.userId());
			username[i] = line.username();
			role[i] = line.role();
			action[i] = line.action().name();
			resourceType[i] = line.resourceType().word();
			resourceId[i] = line.resourceId();
			patientId[i] = textOf(line.patientId());
			outcome[i] = line.outcome().name();
		}
		jdbc.sql("""
				insert into audit_event (at, user_id, username, role, action, resource_type, resource_id,
				                         patient_id, outcome)
				select line.* from unnest(:at::timestamptz[], :userId::uuid[], :username::text[], :role::text[],
				                          :action::text[], :resourceType::text[], :resourceId::text[],
				                          :patientId::uuid[], :outcome::text[]) as line
				 cross join (select set_config('synchronous_commit', 'on', true)) as flushed_at_commit
				""")
			.param("at", at)
			.param("userId", userId)
			.param("username", username)
			.param("role", role)
			.param("action", action)
			.param("resourceType", resourceType)
			.param("resourceId", resourceId)
			.param("patientId", patientId)
			.param("outcome", outcome)
			.update();
	}

	private static @Nullable String textOf(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	@Override
	public void destroy() {
		connection.close();
	}

}

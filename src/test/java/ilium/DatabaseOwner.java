package ilium;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database as its owner sees it, for the few tests that need the owner's rights:
 * to show that a trigger refuses a change even to the owner, or to arrange a row the
 * service's runtime role may not change (such as an expired idempotency key). Everything
 * else uses the service's own {@link JdbcClient}, which runs as the runtime role.
 */
public final class DatabaseOwner {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DatabaseOwner(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	public DataSource dataSource() {
		return dataSource;
	}

}

package ilium.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations which role the service runs as: the user of its DataSource, which
 * is the runtime role when Flyway migrates as an owner of its own
 * ({@code SPRING_FLYWAY_USER}), and the same role when one role does both. The callback
 * {@code afterMigrate__runtime_role_grants.sql} grants that role what the service needs.
 */
@Component
class RuntimeRolePlaceholder implements FlywayConfigurationCustomizer {

	static final String PLACEHOLDER = "runtime_role";

	private final DataSource dataSource;

	RuntimeRolePlaceholder(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		// Replaced inside a SQL string literal: a quote in a role name stays part of the
		// name.
		placeholders.put(PLACEHOLDER, runtimeRole().replace("'", "''"));
		configuration.placeholders(placeholders);
	}

	private String runtimeRole() {
		// Asked of the connection, not of the properties: the user may also come from the
		// URL
		// or from connection details that are not properties at all.
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getUserName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not learn the service's database role", ex);
		}
	}

}

package ilium;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server that tests and the dev run use, chosen the same way for both:
 * <ol>
 * <li>the server named by {@code ILIUM_DEV_POSTGRES_URL} (a JDBC URL of a role that may
 * create roles and databases, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}),
 * <li>else a Testcontainers PostgreSQL when a Docker engine answers,
 * <li>else an embedded real PostgreSQL 17 from Maven Central binaries.
 * </ol>
 * On it the service never runs as a superuser, nor as the owner of its tables: each
 * database is owned by an ordinary role of its own that Flyway migrates as, and the
 * service runs as a runtime role that owns nothing ({@link ServiceDatabase}).
 */
record PostgresServer(String host, int port, String adminUser, String adminPassword, String description) {

	static final String URL_VARIABLE = "ILIUM_DEV_POSTGRES_URL";

	/** Where an embedded dev-run server keeps its data between runs. */
	static final Path DEV_DATA = Path.of(".ilium", "postgres");

	private static PostgresServer forTests;

	private static PostgresServer forDevelopment;

	/**
	 * The server for the test suite: embedded ones start empty and vanish with the JVM.
	 */
	static synchronized PostgresServer forTests() {
		if (forTests == null) {
			forTests = choose(null);
		}
		return forTests;
	}

	/**
	 * The server for the dev run: an embedded one keeps its data in
	 * {@code .ilium/postgres}.
	 */
	static synchronized PostgresServer forDevelopment() {
		if (forDevelopment == null) {
			forDevelopment = choose(DEV_DATA);
		}
		return forDevelopment;
	}

	private static PostgresServer choose(Path keepDataIn) {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return configured(url);
		}
		if (dockerAvailable()) {
			return container();
		}
		return embedded(keepDataIn);
	}

	Connection admin() throws SQLException {
		return DriverManager.getConnection(jdbcUrl("postgres"), adminUser, adminPassword);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

	void execute(String... statements) {
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the database on " + description, ex);
		}
	}

	private static PostgresServer configured(String url) {
		URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
		Map<String, String> query = new HashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				query.put(parts[0], parts.length > 1 ? parts[1] : "");
			}
		}
		int port = uri.getPort() > 0 ? uri.getPort() : 5432;
		return new PostgresServer(uri.getHost(), port, query.getOrDefault("user", "postgres"),
				query.getOrDefault("password", ""), URL_VARIABLE + " (" + uri.getHost() + ":" + port + ")");
	}

	private static boolean dockerAvailable() {
		if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static PostgresServer container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new PostgresServer(container.getHost(), container.getMappedPort(5432), container.getUsername(),
				container.getPassword(), "Testcontainers PostgreSQL");
	}

	private static PostgresServer embedded(Path keepDataIn) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (keepDataIn != null) {
				Files.createDirectories(keepDataIn);
				builder.setDataDirectory(keepDataIn.toAbsolutePath().toFile()).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
			return new PostgresServer("localhost", postgres.getPort(), "postgres", "",
					"embedded PostgreSQL" + (keepDataIn == null ? "" : " in " + keepDataIn));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the temporary data directory goes with it.
		}
	}

}

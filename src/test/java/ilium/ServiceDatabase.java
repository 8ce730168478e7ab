package ilium;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database set up as in production (API.md, Operations): an ordinary (non-superuser)
 * owner role owns it and everything in it, and Flyway migrates as that owner
 * ({@link #owner()}); the service runs as a runtime role that exists beforehand, owns
 * nothing and holds only what the migrations grant it ({@link #runtime()}).
 * {@link #singleRoleForTests()} is the other way a clinic may still run: one role does
 * both.
 */
final class ServiceDatabase implements DisposableBean {

	private final PostgresServer server;

	private final String name;

	private final Role owner;

	private final Role runtime;

	private final boolean dropOnClose;

	private final InetSocketAddress route;

	private ServiceDatabase(PostgresServer server, String name, Role owner, Role runtime, boolean dropOnClose,
			InetSocketAddress route) {
		this.server = server;
		this.name = name;
		this.owner = owner;
		this.runtime = runtime;
		this.dropOnClose = dropOnClose;
		this.route = route;
	}

	private ServiceDatabase(PostgresServer server, String name, Role owner, Role runtime, boolean dropOnClose) {
		this(server, name, owner, runtime, dropOnClose,
				InetSocketAddress.createUnresolved(server.host(), server.port()));
	}

	/**
	 * The same database, which the service reaches through another address (a
	 * {@link TcpProxy}); setting it up, migrating and dropping it still go straight to
	 * the server.
	 */
	ServiceDatabase reachedThrough(InetSocketAddress address) {
		return new ServiceDatabase(server, name, owner, runtime, dropOnClose, address);
	}

	/**
	 * A new, empty database for one test application context, owned by
	 * {@code ilium_test_<random>}, with the runtime role {@code ilium_test_<random>_app};
	 * database and roles are dropped when the context closes.
	 */
	static ServiceDatabase forTests() {
		return forTestsOn(PostgresServer.forTests());
	}

	/** As {@link #forTests()}, on the given server. */
	static ServiceDatabase forTestsOn(PostgresServer server) {
		String name = "ilium_test_" + randomHex();
		Role owner = new Role(name, randomHex());
		Role runtime = new Role(name + "_app", randomHex());
		server.execute(owner.create(), runtime.create(), "create database " + name + " owner " + owner.name());
		return new ServiceDatabase(server, name, owner, runtime, true);
	}

	/**
	 * A new, empty database whose one role migrates and runs the service (no
	 * {@code SPRING_FLYWAY_USER}), as a clinic that has not split its roles yet.
	 */
	static ServiceDatabase singleRoleForTests() {
		PostgresServer server = PostgresServer.forTests();
		String name = "ilium_test_" + randomHex();
		Role only = new Role(name, randomHex());
		server.execute(only.create(), "create database " + name + " owner " + only.name());
		return new ServiceDatabase(server, name, only, only, true);
	}

	/**
	 * The dev run's database {@code ilium}, kept between runs: owned by {@code ilium},
	 * the service running as {@code ilium_app}.
	 */
	static ServiceDatabase forDevelopment() {
		PostgresServer server = PostgresServer.forDevelopment();
		Role owner = new Role("ilium", "ilium");
		Role runtime = new Role("ilium_app", "ilium_app");
		server.execute(owner.createUnlessThere(), runtime.createUnlessThere());
		try {
			server.execute("create database ilium owner ilium");
		}
		catch (IllegalStateException alreadyThere) {
			// Kept from an earlier run: that is the point.
		}
		return new ServiceDatabase(server, "ilium", owner, runtime, false);
	}

	/** Where the service's DataSource connects: the runtime role. */
	JdbcConnectionDetails runtime() {
		String url = jdbcUrl(route);
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return runtime.name();
			}

			@Override
			public String getPassword() {
				return runtime.password();
			}

		};
	}

	/**
	 * Who Flyway connects as: the owner. No URL of its own, so Flyway takes the
	 * DataSource's with the owner's name and password, exactly as with
	 * {@code SPRING_FLYWAY_USER} and {@code SPRING_FLYWAY_PASSWORD} alone.
	 */
	FlywayConnectionDetails owner() {
		return new FlywayConnectionDetails() {

			@Override
			public @Nullable String getJdbcUrl() {
				return null;
			}

			@Override
			public String getUsername() {
				return owner.name();
			}

			@Override
			public String getPassword() {
				return owner.password();
			}

		};
	}

	/** Connections as the owner, for the few tests that need its rights. */
	DataSource ownerDataSource() {
		return new SimpleDriverDataSource(new org.postgresql.Driver(),
				jdbcUrl(InetSocketAddress.createUnresolved(server.host(), server.port())), owner.name(),
				owner.password());
	}

	String runtimeRole() {
		return runtime.name();
	}

	/**
	 * Whether the runtime role may open new connections; those it holds stay open. Turned
	 * off, an instance cannot replace a connection it lost.
	 */
	void runtimeMayConnect(boolean may) {
		server.execute("alter role " + runtime.name() + (may ? " login" : " nologin"));
	}

	String description() {
		return "database " + name + " on " + server.description() + ", owned by " + owner.name() + ", service runs as "
				+ runtime.name();
	}

	private String jdbcUrl(InetSocketAddress address) {
		return "jdbc:postgresql://" + address.getHostString() + ":" + address.getPort() + "/" + name;
	}

	@Override
	public void destroy() {
		if (dropOnClose) {
			// Dropping the database takes the runtime role's grants with it; then neither
			// role
			// owns or holds anything.
			server.execute("drop database if exists " + name + " with (force)", "drop role if exists " + runtime.name(),
					"drop role if exists " + owner.name());
		}
	}

	private static String randomHex() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	/** A login role that is no superuser and may create neither roles nor databases. */
	private record Role(String name, String password) {

		String create() {
			return "create role " + name + " login nosuperuser nocreatedb nocreaterole password '" + password + "'";
		}

		String createUnlessThere() {
			return "do $$ begin if not exists (select from pg_roles where rolname = '" + name + "') then " + create()
					+ "; end if; end $$";
		}

	}

}

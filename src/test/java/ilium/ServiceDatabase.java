package ilium;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database owned by an ordinary (non-superuser) role, as in production: the service and
 * its Flyway migrations connect as that role. Both the DataSource and Flyway take their
 * connection from this {@link JdbcConnectionDetails}.
 */
final class ServiceDatabase implements JdbcConnectionDetails, DisposableBean {

	private final PostgresServer server;

	private final String name;

	private final String password;

	private final boolean dropOnClose;

	private final InetSocketAddress route;

	private ServiceDatabase(PostgresServer server, String name, String password, boolean dropOnClose,
			InetSocketAddress route) {
		this.server = server;
		this.name = name;
		this.password = password;
		this.dropOnClose = dropOnClose;
		this.route = route;
	}

	private ServiceDatabase(PostgresServer server, String name, String password, boolean dropOnClose) {
		this(server, name, password, dropOnClose, InetSocketAddress.createUnresolved(server.host(), server.port()));
	}

	/**
	 * The same database, which the service reaches through another address (a
	 * {@link TcpProxy}); setting it up and dropping it still go straight to the server.
	 */
	ServiceDatabase reachedThrough(InetSocketAddress address) {
		return new ServiceDatabase(server, name, password, dropOnClose, address);
	}

	/** A new, empty database for one test application context; dropped when it closes. */
	static ServiceDatabase forTests() {
		PostgresServer server = PostgresServer.forTests();
		String name = "ilium_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		String password = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		server.execute("create role " + name + " login password '" + password + "'",
				"create database " + name + " owner " + name);
		return new ServiceDatabase(server, name, password, true);
	}

	/** The dev run's database {@code ilium}, kept between runs. */
	static ServiceDatabase forDevelopment() {
		PostgresServer server = PostgresServer.forDevelopment();
		server.execute("""
				do $$ begin
				  if not exists (select from pg_roles where rolname = 'ilium') then
				    create role ilium login password 'ilium';
				  end if;
				end $$""");
		try {
			server.execute("create database ilium owner ilium");
		}
		catch (IllegalStateException alreadyThere) {
			// Kept from an earlier run: that is the point.
		}
		return new ServiceDatabase(server, "ilium", "ilium", false);
	}

	@Override
	public String getJdbcUrl() {
		return "jdbc:postgresql://" + route.getHostString() + ":" + route.getPort() + "/" + name;
	}

	@Override
	public String getUsername() {
		return name;
	}

	@Override
	public String getPassword() {
		return password;
	}

	String description() {
		return "database " + name + " on " + server.description();
	}

	@Override
	public void destroy() {
		if (dropOnClose) {
			server.execute("drop database if exists " + name + " with (force)", "drop role if exists " + name);
		}
	}

}

package ilium.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@code staff_account_changed} and tells {@link SignedInAccounts} which
 * account changed; while it cannot listen, {@link SignedInAccounts} keeps nothing.
 * <p>
 * One platform thread holds one connection of its own, opened with the DataSource's
 * connection details (URL, user, password) rather than borrowed from the pool: it is held
 * for the life of the service, and would otherwise take a pooled connection from the
 * requests for ever (the pool is small on purpose), and outlive the pool's own checks of
 * its connections. Its {@code application_name} is {@value #APPLICATION_NAME}, to find it
 * in {@code pg_stat_activity}. Pool-only settings
 * ({@code spring.datasource.hikari.data-source-properties}) do not reach it; settings in
 * the URL, such as {@code sslmode}, do.
 * <p>
 * It waits for notices {@value #WAIT_MILLIS} ms at a time and, when none came, checks the
 * connection with a query that must answer within {@value #CHECK_MILLIS} ms: a connection
 * lost without a word is noticed within a second as well. On a loss it bypasses the cache
 * at once, says so in one line, and reconnects with a growing pause (up to
 * {@link #LONGEST_PAUSE}); listening again, it says so and turns the cache back on. It
 * starts before and stops after the web server.
 */
@Component
class AccountChangeListener implements SmartLifecycle {

	static final String CHANNEL = "staff_account_changed";

	static final String APPLICATION_NAME = "ilium-account-listener";

	private static final int WAIT_MILLIS = 200;

	private static final int CHECK_MILLIS = 700;

	private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(AccountChangeListener.class);

	private final JdbcConnectionDetails database;

	private final SignedInAccounts accounts;

	private volatile boolean running;

	private @Nullable Thread thread;

	AccountChangeListener(JdbcConnectionDetails database, SignedInAccounts accounts) {
		this.database = database;
		this.accounts = accounts;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("account-change-listener").daemon().start(this::listen);
	}

	@Override
	public void stop() {
		running = false;
		accounts.bypass();
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(Duration.ofSeconds(3));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Before the web server starts (and so after it stops): see {@code SmartLifecycle}.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void listen() {
		Duration pause = FIRST_PAUSE;
		@Nullable Outage outage = null;
		while (running) {
			try (Connection connection = connect()) {
				execute(connection, "listen " + CHANNEL);
				accounts.listening();
				if (outage != null) {
					log.info("Listening for account changes again after {} s; the account cache is back on",
							outage.seconds());
				}
				outage = null;
				pause = FIRST_PAUSE;
				forwardNotices(connection);
			}
			catch (SQLException | RuntimeException ex) {
				accounts.bypass();
				if (!running) {
					break;
				}
				if (outage == null) {
					outage = new Outage(System.nanoTime());
					log.warn("Not listening for account changes ({}): every request reads its account from the "
							+ "database until the listener reconnects", reason(ex));
				}
				pause(pause);
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
		}
		accounts.bypass();
	}

	private void forwardNotices(Connection connection) throws SQLException {
		PGConnection notices = connection.unwrap(PGConnection.class);
		while (running) {
			PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
			if (received == null || received.length == 0) {
				execute(connection, "select 1");
				continue;
			}
			for (PGNotification notice : received) {
				forward(notice.getParameter());
			}
		}
	}

	private void forward(String accountId) {
		try {
			accounts.changed(UUID.fromString(accountId));
		}
		catch (IllegalArgumentException ex) {
			// '*' (a TRUNCATE), or a notice someone else sent: forget them all.
			accounts.allChanged();
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", database.getUsername());
		if (database.getPassword() != null) {
			properties.setProperty("password", database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("connectTimeout", "2");
		Connection connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
		connection.setNetworkTimeout(Runnable::run, CHECK_MILLIS);
		return connection;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String reason(Exception ex) {
		return ex instanceof SQLException sql ? sql.getClass().getSimpleName() + ", SQL state " + sql.getSQLState()
				: ex.getClass().getSimpleName();
	}

	private void pause(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			// stop() wakes the pause: the loop sees it is no longer running.
		}
	}

	private record Outage(long sinceNanos) {

		long seconds() {
			return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
		}

	}

}

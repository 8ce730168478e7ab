package ilium.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database cannot be reached" wherever it surfaces
 * (a service, the token check in the security filters, a commit or rollback), so that it
 * is always answered 503 with {@code Retry-After} (API.md, Errors) and never 401 or 500.
 */
final class DatabaseUnavailable {

	/** Seconds a client should wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// A commit or rollback that failed: the connection went, and with it the
			// transaction (PostgreSQL rolls back what it never saw committed).
			if (cause instanceof TransactionSystemException) {
				return true;
			}
			if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception: the server went away mid-request) and
	 * 57P01..57P03 (the server is shutting down, crashed, or not accepting connections
	 * yet: a restart).
	 */
	private static boolean connectionLost(@Nullable String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

	static ProblemDetail problem() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, SharedProblems.SERVICE_UNAVAILABLE, "Service unavailable",
				"The clinic database cannot be reached right now; try again shortly.");
	}

}

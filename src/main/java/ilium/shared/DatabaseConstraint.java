package ilium.shared;

import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads which named PostgreSQL constraint refused a write, so a module can answer the
 * right problem by the constraint's name (never by message text).
 */
public final class DatabaseConstraint {

	private DatabaseConstraint() {
	}

	public static Optional<String> violatedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql) {
				ServerErrorMessage message = psql.getServerErrorMessage();
				return Optional.ofNullable(message == null ? null : message.getConstraint());
			}
		}
		return Optional.empty();
	}

	public static boolean is(Throwable failure, String constraint) {
		return violatedBy(failure).filter(constraint::equals).isPresent();
	}

	/** The SQLSTATE of the PostgreSQL error behind a failure, if there is one. */
	public static Optional<String> sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql) {
				return Optional.ofNullable(psql.getSQLState());
			}
		}
		return Optional.empty();
	}

}

package ilium.audit;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A read's audit line could not be made durable (the queue is full, the database did not
 * take the batch, or not in time): the read is not answered. Being a transient resource
 * failure, it is answered like an unreachable database: 503 with {@code Retry-After}.
 */
final class AuditTrailUnavailable extends TransientDataAccessResourceException {

	AuditTrailUnavailable(String message) {
		super(message);
	}

	AuditTrailUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}

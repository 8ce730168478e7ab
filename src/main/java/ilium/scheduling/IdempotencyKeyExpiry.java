package ilium.scheduling;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys guard against a retry of the same request, which comes within seconds
 * or minutes; they are kept for {@code ilium.scheduling.idempotency-key-retention} (a day
 * by default) and then forgotten, hourly, so the table does not grow with every booking
 * for ever. A request repeated after that is a new request: it cannot double-book,
 * because the first booking still holds the slot (409 {@code appointment-conflict}).
 * Every instance may run this; the delete is the same whoever runs it.
 */
@Component
class IdempotencyKeyExpiry {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

	private final IdempotencyKeys keys;

	private final Clock clock;

	private final Duration retention;

	IdempotencyKeyExpiry(IdempotencyKeys keys, Clock clock,
			@Value("${ilium.scheduling.idempotency-key-retention:24h}") Duration retention) {
		this.keys = keys;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Runs hourly; with the database away it tries again next hour (no stack trace, no
	 * SQL logged).
	 */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void forgetExpiredKeys() {
		try {
			int forgotten = keys.forgetClaimedBefore(clock.instant().minus(retention));
			if (forgotten > 0) {
				log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not forget expired idempotency keys ({}); trying again in an hour",
					ex.getClass().getSimpleName());
		}
	}

}

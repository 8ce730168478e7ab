package ilium.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ilium.shared.ScheduledJobs;

/**
 * Idempotency keys guard against a retry of the same request, which comes within seconds
 * or minutes; they are kept for {@code ilium.scheduling.idempotency-key-retention} (a day
 * by default) and then forgotten, hourly, so the table does not grow with every booking
 * for ever. A request repeated after that is a new request: it cannot double-book,
 * because the first booking still holds the slot (409 {@code appointment-conflict}). Of
 * all instances sharing the database, one runs it each hour.
 */
@Component
class IdempotencyKeyExpiry {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

	/** The job's name in {@code scheduled_job}. */
	private static final String JOB = "idempotency-key-expiry";

	private static final long EVERY_MINUTES = 60;

	private final IdempotencyKeys keys;

	private final Clock clock;

	private final Duration retention;

	private final ScheduledJobs jobs;

	IdempotencyKeyExpiry(IdempotencyKeys keys, Clock clock,
			@Value("${ilium.scheduling.idempotency-key-retention:24h}") Duration retention, ScheduledJobs jobs) {
		this.keys = keys;
		this.clock = clock;
		this.retention = retention;
		this.jobs = jobs;
	}

	/**
	 * Runs hourly, on one instance ({@link ScheduledJobs}).
	 */
	@Scheduled(initialDelay = 5, fixedDelay = EVERY_MINUTES, timeUnit = TimeUnit.MINUTES)
	void forgetExpiredKeysOncePerPeriod() {
		jobs.runOnce(JOB, Duration.ofMinutes(EVERY_MINUTES), this::forgetExpiredKeys);
	}

	/** Forgets the expired keys here, now. */
	void forgetExpiredKeys() {
		int forgotten = keys.forgetClaimedBefore(clock.instant().minus(retention));
		if (forgotten > 0) {
			log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
		}
	}

}

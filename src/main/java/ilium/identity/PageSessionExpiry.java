package ilium.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ilium.shared.ScheduledJobs;

/**
 * Removes page sessions idle past their timeout (WEB.md: signed out after 15 minutes idle
 * by default, {@code ilium.web.idle-timeout}). An expired session is already refused when
 * it is read; this only keeps the table small. Every ten minutes, on one instance
 * ({@link ScheduledJobs}), in place of Spring Session's own clean-up, which would run on
 * every instance.
 */
@Component
class PageSessionExpiry {

	private static final String JOB = "page-session-expiry";

	private static final long EVERY_MINUTES = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ScheduledJobs jobs;

	PageSessionExpiry(JdbcClient jdbc, Clock clock, ScheduledJobs jobs) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Scheduled(initialDelay = 3, fixedDelay = EVERY_MINUTES, timeUnit = TimeUnit.MINUTES)
	void removeExpiredSessionsOncePerPeriod() {
		jobs.runOnce(JOB, Duration.ofMinutes(EVERY_MINUTES), this::removeExpiredSessions);
	}

	/** Removes the expired sessions here, now; their attributes go with them. */
	int removeExpiredSessions() {
		return jdbc.sql("delete from spring_session where expiry_time < :now").param("now", clock.millis()).update();
	}

}

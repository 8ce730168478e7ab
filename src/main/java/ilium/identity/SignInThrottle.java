package ilium.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ilium.identity.ThrottleSnapshot.Throttled;
import ilium.shared.ScheduledJobs;

/**
 * Slows guessing down without letting anyone lock a colleague out (API.md,
 * Authentication). An attempt is first checked with one read: a throttled one is answered
 * there, before any password is hashed, and writes nothing. Otherwise it is admitted: its
 * failure is written before the password is checked (and removed if the password was
 * right), in a transaction queued behind every other admission from the same address and
 * at the same username, so a burst of parallel guesses cannot slip past a limit. Counts
 * live in PostgreSQL, so instances sharing a database share them, and the advisory locks
 * that queue admissions are PostgreSQL's too (TwoInstancesTests).
 */
@Component
class SignInThrottle {

	/** The cleanup's name in {@code scheduled_job}. */
	private static final String CLEANUP = "sign-in-cleanup";

	private static final long CLEANUP_EVERY_MINUTES = 10;

	private final SignInFailureRepository failures;

	private final SecurityProperties limits;

	private final Clock clock;

	private final ScheduledJobs jobs;

	SignInThrottle(SignInFailureRepository failures, SecurityProperties limits, Clock clock, ScheduledJobs jobs) {
		this.failures = failures;
		this.limits = limits;
		this.clock = clock;
		this.jobs = jobs;
	}

	/** The rule holding this address back from this username now, if any. */
	Optional<Throttled> check(String address, String username) {
		Instant now = clock.instant();
		return failures.snapshot(address, username, now, limits).throttled(now, limits);
	}

	/**
	 * Counts this attempt as a failure unless a rule holds it back; {@link #succeeded}
	 * takes it back.
	 */
	@Transactional
	Optional<Throttled> admit(String address, String username) {
		failures.lock(address, username);
		Instant now = clock.instant();
		Optional<Throttled> throttled = failures.snapshot(address, username, now, limits).throttled(now, limits);
		if (throttled.isEmpty()) {
			failures.insert(address, username, now);
		}
		return throttled;
	}

	@Transactional
	void succeeded(String address, String username) {
		failures.succeeded(address, username, clock.instant());
	}

	/**
	 * Whether this throttled attempt is the first of its address, username and window:
	 * only that one is written to the audit trail.
	 */
	boolean firstNotice(Throttled throttled, String address, String username) {
		String key = throttled.rule() == ThrottleSnapshot.Rule.ADDRESS ? "" : username;
		return failures.firstNotice(throttled.rule().name(), address, key, throttled.until());
	}

	/** An admin's unlock: everything counted against this username. */
	void forget(String username) {
		failures.forget(username);
	}

	/**
	 * Forgets what no rule looks at any more, on one instance per period
	 * ({@link ScheduledJobs}).
	 */
	@Scheduled(initialDelay = 1, fixedDelay = CLEANUP_EVERY_MINUTES, timeUnit = TimeUnit.MINUTES)
	void forgetOldFailuresOncePerPeriod() {
		jobs.runOnce(CLEANUP, Duration.ofMinutes(CLEANUP_EVERY_MINUTES), this::forgetOldFailures);
	}

	/** Forgets old failures, notices and known addresses here, now. */
	void forgetOldFailures() {
		Instant now = clock.instant();
		failures.forgetBefore(now.minus(limits.longestWindow()), now, now.minus(limits.knownAddressAge()));
	}

}

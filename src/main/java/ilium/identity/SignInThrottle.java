package ilium.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ilium.identity.ThrottleSnapshot.Throttled;

/**
 * Slows guessing down without letting anyone lock a colleague out (API.md,
 * Authentication). An attempt is first checked with one read: a throttled one is answered
 * there, before any password is hashed, and writes nothing. Otherwise it is admitted: its
 * failure is written before the password is checked (and removed if the password was
 * right), in a transaction queued behind every other admission from the same address and
 * at the same username, so a burst of parallel guesses cannot slip past a limit. Counts
 * live in PostgreSQL, so instances sharing a database share them.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final SignInFailureRepository failures;

	private final SecurityProperties limits;

	private final Clock clock;

	SignInThrottle(SignInFailureRepository failures, SecurityProperties limits, Clock clock) {
		this.failures = failures;
		this.limits = limits;
		this.clock = clock;
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
	 * Every instance may run this; the delete is the same whoever runs it. With the
	 * database away it tries again later.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void forgetOldFailures() {
		Instant now = clock.instant();
		try {
			failures.forgetBefore(now.minus(limits.longestWindow()), now, now.minus(limits.knownAddressAge()));
		}
		catch (DataAccessException ex) {
			log.warn("Could not forget old failed sign-ins ({}); trying again in ten minutes",
					ex.getClass().getSimpleName());
		}
	}

}

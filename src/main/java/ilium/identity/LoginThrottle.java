package ilium.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address over a sliding window (API.md: more than 20
 * failed logins in a minute from one address → 429). Only failures count and only
 * failures are answered 429: the right password always signs in, so staff sharing one
 * clinic address are never kept out by someone else's failures. The per-account lockout
 * (kept in PostgreSQL) is what stops guessing one password, from any number of addresses;
 * there is deliberately no per-username 429, which would hide a locked account's 401 that
 * API.md asks for.
 * <p>
 * Kept in memory, per instance: a clinic runs one or two instances, so an attacker gets
 * at most twice the limit, and a flood of failed logins costs no database write.
 */
@Component
class LoginThrottle {

	/** Past this many tracked keys, keys whose window has passed are dropped. */
	private static final int TIDY_ABOVE = 10_000;

	/**
	 * Past this many live keys (a flood from that many addresses within one window) the
	 * counts are forgotten rather than letting memory grow: the lockout in PostgreSQL
	 * still guards every account.
	 */
	private static final int FORGET_ABOVE = 20_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final SecurityProperties properties;

	private volatile Instant lastTidy = Instant.EPOCH;

	private final Clock clock;

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records one failed sign-in; answers how long to wait when the address had already
	 * reached its limit within the window.
	 */
	Optional<Duration> failed(String clientAddress) {
		Instant now = clock.instant();
		tidy(now);
		return record(clientAddress, properties.maxFailedLoginsPerAddress(), now, properties.loginThrottleWindow());
	}

	private Optional<Duration> record(String key, int limit, Instant now, Duration window) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			Instant since = now.minus(window);
			while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
				times.pollFirst();
			}
			boolean limited = times.size() >= limit;
			times.addLast(now);
			while (times.size() > limit) {
				times.pollFirst();
			}
			if (!limited) {
				return Optional.empty();
			}
			Duration wait = Duration.between(now, times.peekFirst().plus(window));
			return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
		}
	}

	private void tidy(Instant now) {
		// At most once a second: under a flood, tidying on every failure would cost a
		// scan each.
		if (failures.size() > TIDY_ABOVE && now.isAfter(lastTidy.plusSeconds(1))) {
			lastTidy = now;
			Instant since = now.minus(properties.loginThrottleWindow());
			failures.values().removeIf(times -> {
				synchronized (times) {
					return times.isEmpty() || !times.peekLast().isAfter(since);
				}
			});
		}
		if (failures.size() > FORGET_ABOVE) {
			failures.clear();
		}
	}

}

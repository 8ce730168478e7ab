package ilium.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's sliding window, with a clock the test moves: the limit frees up as old
 * failures leave the window, and {@code Retry-After} says exactly when.
 */
class LoginThrottleWindowTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SecurityProperties("test-secret-that-is-long-enough-for-hs256", Duration.ofHours(1), 5,
					Duration.ofMinutes(15), Duration.ofMinutes(15), 3, 100, Duration.ofMinutes(1)),
			clock);

	@Test
	void letsTheLimitOfFailuresThroughAndThrottlesTheNext() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.failed("10.0.0.1", "user-" + i)).isEmpty();
		}
		assertThat(throttle.failed("10.0.0.1", "user-x")).isPresent();
	}

	@Test
	void saysToWaitUntilTheOldestCountedFailureLeavesTheWindow() {
		throttle.failed("10.0.0.2", "a");
		clock.advance(Duration.ofSeconds(20));
		throttle.failed("10.0.0.2", "b");
		throttle.failed("10.0.0.2", "c");
		clock.advance(Duration.ofSeconds(10));
		// Failures at 0 s, 20 s and 20 s; now 30 s: the one at 20 s is the oldest of the
		// last three.
		assertThat(throttle.failed("10.0.0.2", "d")).hasValue(Duration.ofSeconds(50));
	}

	@Test
	void freesUpOnceTheWindowHasPassed() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("10.0.0.3", "user-" + i);
		}
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.failed("10.0.0.3", "user-5")).isEmpty();
	}

	@Test
	void countsAUsernameWhateverItsCase() {
		LoginThrottle strict = new LoginThrottle(new SecurityProperties("test-secret-that-is-long-enough-for-hs256",
				Duration.ofHours(1), 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100, 2, Duration.ofMinutes(1)),
				clock);
		strict.failed("10.0.0.4", "Maya");
		strict.failed("10.0.0.5", "maya ");
		assertThat(strict.failed("10.0.0.6", "MAYA")).isPresent();
	}

	@Test
	void forgetsTheCountsRatherThanGrowWithoutBoundUnderAFlood() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("10.0.0.7", "victim");
		}
		for (int i = 0; i < 20_001; i++) {
			throttle.failed("10.1." + (i / 250) + "." + (i % 250), "flood-" + (i % 50));
		}
		assertThat(throttle.failed("10.0.0.7", "victim")).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T17:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}

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
					Duration.ofMinutes(15), Duration.ofMinutes(15), 3, Duration.ofMinutes(1)),
			clock);

	@Test
	void letsTheLimitOfFailuresThroughAndThrottlesTheNext() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.failed("10.0.0.1")).isEmpty();
		}
		assertThat(throttle.failed("10.0.0.1")).isPresent();
	}

	@Test
	void saysToWaitUntilTheOldestCountedFailureLeavesTheWindow() {
		throttle.failed("10.0.0.2");
		clock.advance(Duration.ofSeconds(20));
		throttle.failed("10.0.0.2");
		throttle.failed("10.0.0.2");
		clock.advance(Duration.ofSeconds(10));
		// Failures at 0 s, 20 s and 20 s; now 30 s: the one at 20 s is the oldest of the
		// last three.
		assertThat(throttle.failed("10.0.0.2")).hasValue(Duration.ofSeconds(50));
	}

	@Test
	void freesUpOnceTheWindowHasPassed() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("10.0.0.3");
		}
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.failed("10.0.0.3")).isEmpty();
	}

	@Test
	void forgetsTheCountsRatherThanGrowWithoutBoundUnderAFlood() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("10.0.0.7");
		}
		for (int i = 0; i < 20_001; i++) {
			throttle.failed("10.1." + (i / 250) + "." + (i % 250));
		}
		assertThat(throttle.failed("10.0.0.7")).isEmpty();
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

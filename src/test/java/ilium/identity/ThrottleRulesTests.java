package ilium.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ilium.identity.ThrottleSnapshot.Rule;
import ilium.identity.ThrottleSnapshot.Throttled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle rules of API.md (Authentication) applied to what PostgreSQL answered, with
 * moments the test chooses: 20 failures from an address within a minute, 5 at an account
 * from one address within 15 minutes (then 15 minutes held back), more than 100 at an
 * account within an hour (then only known addresses).
 */
class ThrottleRulesTests {

	private static final SecurityProperties LIMITS = new SecurityProperties("test-secret-that-is-long-enough-for-hs256",
			Duration.ofHours(1), 20, Duration.ofMinutes(1), 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100,
			Duration.ofHours(1), Duration.ofDays(30), List.of());

	private static final Instant NOW = Instant.parse("2026-12-01T17:00:00Z");

	@Test
	void nothingCountedThrottlesNothing() {
		assertThat(new ThrottleSnapshot(null, List.of(), null, false).throttled(NOW, LIMITS)).isEmpty();
	}

	@Test
	void anAddressAtItsLimitWaitsUntilItsOldestCountedFailureLeavesTheMinute() {
		Instant twentiethNewest = NOW.minusSeconds(20);
		assertThat(new ThrottleSnapshot(twentiethNewest, List.of(), null, false).throttled(NOW, LIMITS))
			.hasValue(new Throttled(Rule.ADDRESS, twentiethNewest.plusSeconds(60)));
	}

	@Test
	void fiveFailuresWithinFifteenMinutesHoldTheAddressBackForFifteenMinutesAfterTheLast() {
		List<Instant> failures = minutesAgo(1, 3, 5, 8, 14);
		assertThat(new ThrottleSnapshot(null, failures, null, false).throttled(NOW, LIMITS))
			.hasValue(new Throttled(Rule.ACCOUNT_AND_ADDRESS, NOW.minus(Duration.ofMinutes(1)).plusSeconds(900)));
	}

	@Test
	void fiveFailuresSpreadOverMoreThanFifteenMinutesHoldNothingBack() {
		// 10:00:00, then 10:14:50, :52, :54 and 10:15:01: never five within fifteen
		// minutes.
		List<Instant> failures = new ArrayList<>();
		Instant start = NOW.minus(Duration.ofMinutes(16));
		for (int second : new int[] { 901, 894, 892, 890, 0 }) {
			failures.add(start.plusSeconds(second));
		}
		assertThat(new ThrottleSnapshot(null, failures, null, false).throttled(NOW, LIMITS)).isEmpty();
	}

	@Test
	void theHoldEndsFifteenMinutesAfterTheFifthFailure() {
		assertThat(new ThrottleSnapshot(null, minutesAgo(15, 16, 17, 18, 19), null, false).throttled(NOW, LIMITS))
			.isEmpty();
	}

	@Test
	void fourFailuresHoldNothingBack() {
		assertThat(new ThrottleSnapshot(null, minutesAgo(1, 2, 3, 4), null, false).throttled(NOW, LIMITS)).isEmpty();
	}

	@Test
	void anAccountPastItsHourlyLimitAdmitsOnlyKnownAddressesForTheRestOfThatHour() {
		Instant hundredAndFirstNewest = NOW.minus(Duration.ofMinutes(40));
		assertThat(new ThrottleSnapshot(null, List.of(), hundredAndFirstNewest, false).throttled(NOW, LIMITS))
			.hasValue(new Throttled(Rule.ACCOUNT, hundredAndFirstNewest.plus(Duration.ofHours(1))));
		assertThat(new ThrottleSnapshot(null, List.of(), hundredAndFirstNewest, true).throttled(NOW, LIMITS)).isEmpty();
	}

	@Test
	void theRuleHoldingBackLongestAnswers() {
		ThrottleSnapshot snapshot = new ThrottleSnapshot(NOW.minusSeconds(30), minutesAgo(1, 2, 3, 4, 5), null, false);
		assertThat(snapshot.throttled(NOW, LIMITS)).map(Throttled::rule).hasValue(Rule.ACCOUNT_AND_ADDRESS);
	}

	private static List<Instant> minutesAgo(int... minutes) {
		List<Instant> instants = new ArrayList<>();
		for (int minute : minutes) {
			instants.add(NOW.minus(Duration.ofMinutes(minute)));
		}
		return instants;
	}

}

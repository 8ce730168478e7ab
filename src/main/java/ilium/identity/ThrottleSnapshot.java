package ilium.identity;

import ilium.audit.AuditResource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in throttle knows, at one moment, of a client address and an attempted
 * username, and the rules of API.md (Authentication) applied to it.
 *
 * @param addressLimitReachedAt the failure from the address that reached its limit within
 * the window (the limit-th newest), if the limit is reached
 * @param pairFailures the newest failures at the username from the address, newest first,
 * at most as many as the limit
 * @param accountLimitPassedAt the failure at the username, from all addresses, that
 * passed its limit within the window (the limit+1-th newest), if the limit is passed
 * @param knownAddress whether the address signed in to the account lately
 */
record ThrottleSnapshot(@Nullable Instant addressLimitReachedAt, List<Instant> pairFailures,
		@Nullable Instant accountLimitPassedAt, boolean knownAddress) {

	/** The rule an attempt now trips, the one that holds it back longest. */
	Optional<Throttled> throttled(Instant now, SecurityProperties limits) {
		return Stream.of(byAddress(limits), byAccountAndAddress(limits), byAccount(limits))
			.flatMap(Optional::stream)
			.filter(throttled -> throttled.until().isAfter(now))
			.max(java.util.Comparator.comparing(Throttled::until));
	}

	private Optional<Throttled> byAddress(SecurityProperties limits) {
		return Optional.ofNullable(addressLimitReachedAt)
			.map(at -> new Throttled(Rule.ADDRESS, at.plus(limits.loginThrottleWindow())));
	}

	/**
	 * The limit-th newest failure within the window of the newest: that address is kept
	 * from that account for the block time after the newest. No failure is counted while
	 * it is blocked, so the block does not grow.
	 */
	private Optional<Throttled> byAccountAndAddress(SecurityProperties limits) {
		int limit = limits.maxFailedLogins();
		if (limit < 1 || pairFailures.size() < limit) {
			return Optional.empty();
		}
		Instant newest = pairFailures.get(0);
		if (!pairFailures.get(limit - 1).isAfter(newest.minus(limits.failedLoginWindow()))) {
			return Optional.empty();
		}
		return Optional.of(new Throttled(Rule.ACCOUNT_AND_ADDRESS, newest.plus(limits.failedLoginBlock())));
	}

	private Optional<Throttled> byAccount(SecurityProperties limits) {
		if (knownAddress) {
			return Optional.empty();
		}
		return Optional.ofNullable(accountLimitPassedAt)
			.map(at -> new Throttled(Rule.ACCOUNT, at.plus(limits.accountAttackWindow())));
	}

	/** The throttle rules of API.md, Authentication. */
	enum Rule {

		/** Too many failures from one client address. */
		ADDRESS(AuditResource.SIGN_IN_ADDRESS),

		/** Too many failures at one account from one address. */
		ACCOUNT_AND_ADDRESS(AuditResource.SIGN_IN_ACCOUNT_AND_ADDRESS),

		/** An account under attack from many addresses: only its known addresses. */
		ACCOUNT(AuditResource.SIGN_IN_ACCOUNT_UNDER_ATTACK);

		private final AuditResource audited;

		Rule(AuditResource audited) {
			this.audited = audited;
		}

		/** How the audit trail names it (as the resource type; the address is the id). */
		AuditResource audited() {
			return audited;
		}

	}

	/** An attempt held back by a rule until a moment. */
	record Throttled(Rule rule, Instant until) {

		Duration retryAfter(Instant now) {
			return Duration.between(now, until);
		}

	}

}

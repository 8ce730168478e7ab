package ilium.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

import ilium.audit.AuditAction;
import ilium.audit.AuditOutcome;
import ilium.audit.AuditResource;
import ilium.audit.AuditRecord;
import ilium.audit.AuditTrail;
import ilium.identity.ThrottleSnapshot.Throttled;

/**
 * Exchanges a username and password for a signed bearer token. An unknown user, a wrong
 * password and a deactivated account all fail the same way and take about the same time,
 * so the answer tells an attacker nothing. Not transactional on purpose: a failed
 * attempt's count and audit line stay even though the caller gets a 401. An attempt the
 * {@link SignInThrottle} holds back is answered 429 before any password is hashed, and
 * writes nothing but one audit line per address, username and window.
 */
@Service
public class SignIn {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final JwtEncoder tokens;

	private final SecurityProperties properties;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final String dummyHash;

	private final SignInThrottle throttle;

	private final Counter passwordChecks;

	/**
	 * At most half the cores hash passwords at once. BCrypt is ~100 ms of CPU and virtual
	 * threads are not preempted: unbounded, a burst of sign-ins occupied every carrier
	 * thread, requests holding database connections could not run, and everyone else
	 * timed out waiting for a connection (503 with PostgreSQL up). Waiting here parks the
	 * virtual thread and frees its carrier.
	 */
	private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

	SignIn(StaffAccountRepository accounts, PasswordEncoder passwords, JwtEncoder tokens, SecurityProperties properties,
			AuditTrail auditTrail, Clock clock, SignInThrottle throttle, MeterRegistry meters) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.properties = properties;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.passwordChecks = Counter.builder("ilium.sign.in.password.checks")
			.description("Passwords checked against a hash at sign-in (throttled attempts check none)")
			.register(meters);
		this.dummyHash = passwords.encode("not-a-password-of-anyone");
	}

	/**
	 * A token for these credentials, offered from this client address.
	 * @throws WrongCredentialsException for any credentials that do not sign in
	 * @throws TooManyLoginsException when the throttle holds this address back from this
	 * username, whatever the password
	 */
	public TokenResponse issueToken(TokenRequest request, String clientAddress) {
		return token(signIn(request.username(), request.password(), clientAddress), clock.instant());
	}

	/**
	 * The account these credentials sign in to, offered from this client address: the one
	 * check behind both doors, the API's token and the pages' sign-in form, so both are
	 * throttled, timed and audited alike.
	 * @throws WrongCredentialsException for any credentials that do not sign in
	 * @throws TooManyLoginsException when the throttle holds this address back from this
	 * username, whatever the password
	 */
	StaffAccount signIn(String offeredUsername, String password, String clientAddress) {
		String username = Username.fold(offeredUsername);
		Optional<Throttled> throttled = throttle.check(clientAddress, username);
		if (throttled.isEmpty()) {
			throttled = throttle.admit(clientAddress, username);
		}
		if (throttled.isPresent()) {
			throw tooMany(throttled.get(), clientAddress, username);
		}
		StaffAccount account = authenticate(username, password);
		throttle.succeeded(clientAddress, username);
		return account;
	}

	private StaffAccount authenticate(String username, String password) {
		StaffAccount account = accounts.findByUsername(username).orElse(null);
		if (account == null) {
			matches(password, dummyHash);
			throw refuse(username, null);
		}
		if (!matches(password, account.passwordHash()) || !account.active()) {
			throw refuse(username, account);
		}
		audit(account, AuditAction.LOGIN, AuditOutcome.ALLOWED);
		return account;
	}

	private TooManyLoginsException tooMany(Throttled throttled, String clientAddress, String username) {
		if (throttle.firstNotice(throttled, clientAddress, username)) {
			StaffAccount account = accounts.findByUsername(username).orElse(null);
			auditTrail.record(new AuditRecord(account == null ? null : account.id(), username,
					account == null ? null : account.role().name(), AuditAction.SIGN_IN_THROTTLED,
					throttled.rule().audited(), clientAddress, null, AuditOutcome.DENIED));
		}
		return TooManyLoginsException.retryAfter(throttled.retryAfter(clock.instant()));
	}

	/**
	 * BCrypt reads at most 72 bytes and refuses longer input: such a password can never
	 * have been set ({@link PasswordPolicy}), so it is wrong, after the same work.
	 */
	private boolean matches(String password, String hash) {
		boolean fits = PasswordPolicy.fitsBcrypt(password);
		hashing.acquireUninterruptibly();
		try {
			passwordChecks.increment();
			return passwords.matches(fits ? password : PasswordPolicy.TOO_LONG_STAND_IN, hash) && fits;
		}
		finally {
			hashing.release();
		}
	}

	private WrongCredentialsException refuse(String username, @Nullable StaffAccount account) {
		if (account == null) {
			auditTrail.record(new AuditRecord(null, username, null, AuditAction.LOGIN, AuditResource.STAFF_ACCOUNT,
					null, null, AuditOutcome.DENIED));
		}
		else {
			audit(account, AuditAction.LOGIN, AuditOutcome.DENIED);
		}
		return WrongCredentialsException.create();
	}

	private void audit(StaffAccount account, AuditAction action, AuditOutcome outcome) {
		auditTrail.record(new AuditRecord(account.id(), account.username(), account.role().name(), action,
				AuditResource.STAFF_ACCOUNT, account.id().toString(), null, outcome));
	}

	private TokenResponse token(StaffAccount account, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(TokenConfiguration.ISSUER)
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(properties.tokenLifetime()))
			.claim("username", account.username())
			.claim("role", account.role().name())
			.claim(TokenConfiguration.GENERATION, account.tokenGeneration())
			.build();
		String value = tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new TokenResponse(value, "Bearer", properties.tokenLifetime().toSeconds(), account.id(), account.role());
	}

}

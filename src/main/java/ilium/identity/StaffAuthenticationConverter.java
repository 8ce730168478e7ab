package ilium.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import ilium.shared.CurrentStaff;

/**
 * Turns a valid token into the staff member behind it, as the account is now: a
 * deactivated account's token stops working, and so does a token issued before the
 * account's password or role changed, on every instance within a second. The account
 * comes from {@link SignedInAccounts}, which reads it once and then only when it changed.
 */
@Component
class StaffAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SignedInAccounts accounts;

	StaffAuthenticationConverter(SignedInAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		SignedInAccount account = parse(jwt.getSubject()).flatMap(accounts::find)
			.filter(SignedInAccount::active)
			.filter(current -> issuedInGeneration(jwt, current.tokenGeneration()))
			.orElseThrow(() -> new InvalidBearerTokenException("Token no longer valid"));
		return new StaffAuthentication(account.staff(), jwt);
	}

	/**
	 * A new password, a deactivation or a new role counts the account's generation up and
	 * so ends every token issued before (API.md); a token without one is refused.
	 */
	private static boolean issuedInGeneration(Jwt jwt, long generation) {
		return jwt.getClaims().get(TokenConfiguration.GENERATION) instanceof Number issued
				&& issued.longValue() == generation;
	}

	private static java.util.Optional<UUID> parse(String subject) {
		try {
			return java.util.Optional.of(UUID.fromString(subject));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return java.util.Optional.empty();
		}
	}

	/** An authenticated request whose principal is the {@link CurrentStaff}. */
	static final class StaffAuthentication extends AbstractAuthenticationToken {

		private final CurrentStaff staff;

		private final Jwt token;

		StaffAuthentication(CurrentStaff staff, Jwt token) {
			super(List.of(new SimpleGrantedAuthority(staff.role().authority())));
			this.staff = staff;
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return token;
		}

		@Override
		public Object getPrincipal() {
			return staff;
		}

		@Override
		public String getName() {
			return staff.userId().toString();
		}

	}

}

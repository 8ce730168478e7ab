package ilium.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import ilium.shared.CurrentStaff;

/**
 * A staff member signed in to the pages (WEB.md), as kept in their session: the same
 * {@link CurrentStaff} principal as a bearer token's, so every service, role check and
 * audit line treats both doors alike, and the account's token generation at sign-in, so
 * that {@link PageSessionCheck} ends the session when the password, the role or the
 * account's standing changes, as it ends tokens.
 */
final class PageAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentStaff staff;

	private final long tokenGeneration;

	PageAuthentication(CurrentStaff staff, long tokenGeneration) {
		super(List.of(new SimpleGrantedAuthority(staff.role().authority())));
		this.staff = staff;
		this.tokenGeneration = tokenGeneration;
		setAuthenticated(true);
	}

	static PageAuthentication of(SignedInAccount account) {
		return new PageAuthentication(account.staff(), account.tokenGeneration());
	}

	/** Whether the account, as it is now, still stands behind this session. */
	boolean heldBy(SignedInAccount account) {
		return account.active() && account.tokenGeneration() == tokenGeneration && account.staff().equals(staff);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentStaff getPrincipal() {
		return staff;
	}

	@Override
	public String getName() {
		return staff.userId().toString();
	}

}

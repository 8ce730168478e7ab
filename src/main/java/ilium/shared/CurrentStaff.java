package ilium.shared;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member a request acts for. Lives here, not in {@code identity}, so
 * that the audit trail and every module can name who acted without depending on how
 * sign-in works. Serializable: a page session keeps it in PostgreSQL.
 *
 * @param userId the staff account
 * @param username the account's login name
 * @param role the account's role as of this request
 * @param therapistId the therapist this account belongs to ({@code THERAPIST} only)
 */
public record CurrentStaff(UUID userId, String username, Role role,
		@Nullable UUID therapistId) implements Serializable {

	/** The staff member of the current request, if one is signed in. */
	public static Optional<CurrentStaff> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentStaff staff) {
			return Optional.of(staff);
		}
		return Optional.empty();
	}

	/** The staff member of the current request; fails when nobody is signed in. */
	public static CurrentStaff require() {
		return get().orElseThrow(() -> new IllegalStateException("No signed-in staff member"));
	}

	public boolean isTherapist(@Nullable UUID therapist) {
		return role == Role.THERAPIST && therapistId != null && therapistId.equals(therapist);
	}

}

package ilium.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.CurrentStaff;
import ilium.shared.Role;

/**
 * What checking a token needs of an account, as {@link SignedInAccounts} keeps it: no
 * password hash.
 */
record SignedInAccount(UUID id, String username, Role role, @Nullable UUID therapistId, boolean active,
		long tokenGeneration) {

	static SignedInAccount of(StaffAccount account) {
		return new SignedInAccount(account.id(), account.username(), account.role(), account.therapistId(),
				account.active(), account.tokenGeneration());
	}

	CurrentStaff staff() {
		return new CurrentStaff(id, username, role, therapistId);
	}

}

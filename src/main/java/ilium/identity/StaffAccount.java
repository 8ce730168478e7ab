package ilium.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.Role;

/**
 * A staff member's account as stored. Its tokens carry the token generation they were
 * issued in; a token of an earlier generation no longer works.
 */
record StaffAccount(UUID id, String username, String passwordHash, Role role, @Nullable UUID therapistId,
		boolean active, long tokenGeneration, long version) {

	UserView view() {
		return new UserView(id, username, role, therapistId, active);
	}

}

package ilium.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.Role;

/**
 * A staff member's account as stored.
 */
record StaffAccount(UUID id, String username, String passwordHash, Role role, @Nullable UUID therapistId,
		boolean active, @Nullable Instant lockedUntil, long version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	UserView view() {
		return new UserView(id, username, role, therapistId, active);
	}

}

package ilium.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.Role;

/**
 * A staff account as clients see it: never its password.
 */
public record UserView(UUID id, String username, Role role, @Nullable UUID therapistId, boolean active) {
}

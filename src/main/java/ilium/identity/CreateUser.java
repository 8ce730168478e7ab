package ilium.identity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Role;

/**
 * Opens a staff account. A {@code THERAPIST} account names the therapist it belongs to.
 */
public record CreateUser(@NotBlank @Size(max = 100) String username,
		@NotNull @Size(min = 12, max = 200) String password, @NotNull Role role, @Nullable UUID therapistId) {

	/** Never shows the password (Spring logs request bodies at DEBUG). */
	@Override
	public String toString() {
		return "CreateUser[username=" + username + ", role=" + role + ", therapistId=" + therapistId + "]";
	}

}

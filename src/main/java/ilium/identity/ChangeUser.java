package ilium.identity;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Role;

/**
 * An admin's change to a staff account; absent fields stay as they are.
 */
public record ChangeUser(@Nullable Boolean active, @Nullable Role role,
		@Nullable @Size(min = 12, max = 200) String password, @Nullable Boolean unlock) {

	/** Never shows the password (Spring logs request bodies at DEBUG). */
	@Override
	public String toString() {
		return "ChangeUser[active=" + active + ", role=" + role + ", password="
				+ (password == null ? "unchanged" : "***") + ", unlock=" + unlock + "]";
	}

}

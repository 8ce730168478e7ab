package ilium.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Credentials offered for a token.
 */
public record TokenRequest(@NotNull @Size(max = 100) String username, @NotNull @Size(max = 200) String password) {

	/** Never shows the password (Spring logs request bodies at DEBUG). */
	@Override
	public String toString() {
		return "TokenRequest[username=" + username + "]";
	}

}

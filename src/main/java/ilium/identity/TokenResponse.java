package ilium.identity;

import java.util.UUID;

import ilium.shared.Role;

/**
 * A signed bearer token and who it is for.
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, UUID userId, Role role) {
}

package ilium.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail as an admin reads it (API.md, Audit).
 *
 * @param id the line's place in the trail; later lines have larger ids
 * @param at when it happened
 * @param userId who acted (null for a failed login of an unknown user)
 * @param username the name they acted under
 * @param role their role at the time
 * @param action what they did
 * @param resourceType what kind of record
 * @param resourceId which record
 * @param patientId the patient whose record it was
 * @param outcome allowed or denied
 */
public record AuditEventView(long id, Instant at, @Nullable UUID userId, @Nullable String username,
		@Nullable String role, String action, String resourceType, @Nullable String resourceId,
		@Nullable UUID patientId, AuditOutcome outcome) {
}

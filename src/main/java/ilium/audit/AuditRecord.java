package ilium.audit;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.shared.CurrentStaff;

/**
 * One line of the audit trail, before it is written.
 *
 * @param userId who acted (null for a failed login of an unknown user)
 * @param username the name they acted under (the attempted name for a failed login)
 * @param role their role at the time, if known
 * @param action what they did, from the one list of actions
 * @param resourceType what kind of record, from the one list of resources
 * @param resourceId which record, if one
 * @param patientId the patient whose record it is, if any
 * @param outcome allowed or denied
 */
public record AuditRecord(@Nullable UUID userId, @Nullable String username, @Nullable String role, AuditAction action,
		AuditResource resourceType, @Nullable String resourceId, @Nullable UUID patientId, AuditOutcome outcome) {

	/** The longest resource id a line keeps (a UUID, or a client address for sign-in). */
	static final int MAX_RESOURCE_ID = 100;

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(resourceType, "resourceType");
		Objects.requireNonNull(outcome, "outcome");
		if (resourceId != null && resourceId.length() > MAX_RESOURCE_ID) {
			throw new IllegalArgumentException(
					"an audit line's resource id is at most " + MAX_RESOURCE_ID + " characters; pass the canonical id");
		}
	}

	/** Something the given staff member did. */
	public static AuditRecord by(CurrentStaff staff, AuditAction action, AuditResource resourceType,
			@Nullable Object resourceId, @Nullable UUID patientId, AuditOutcome outcome) {
		return new AuditRecord(staff.userId(), staff.username(), staff.role().name(), action, resourceType,
				resourceId == null ? null : resourceId.toString(), patientId, outcome);
	}

}

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
 * @param action what they did, e.g. {@code READ}, {@code CREATE}, {@code LOGIN_FAILED}
 * @param resourceType what kind of record, e.g. {@code patient}, {@code staff-account}
 * @param resourceId which record, if one
 * @param patientId the patient whose record it is, if any
 * @param outcome allowed or denied
 */
public record AuditRecord(@Nullable UUID userId, @Nullable String username, @Nullable String role, String action,
		String resourceType, @Nullable String resourceId, @Nullable UUID patientId, AuditOutcome outcome) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(resourceType, "resourceType");
		Objects.requireNonNull(outcome, "outcome");
	}

	/** Something the given staff member did. */
	public static AuditRecord by(CurrentStaff staff, String action, String resourceType, @Nullable Object resourceId,
			@Nullable UUID patientId, AuditOutcome outcome) {
		return new AuditRecord(staff.userId(), staff.username(), staff.role().name(), action, resourceType,
				resourceId == null ? null : resourceId.toString(), patientId, outcome);
	}

}

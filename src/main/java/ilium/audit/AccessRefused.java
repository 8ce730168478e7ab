package ilium.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when a signed-in staff member's role allows the act but the record is another
 * therapist's (403): their note, their plan, a measure they answer for. Carries what was
 * refused so that the denial lands in the audit trail with the right patient, and says to
 * the client whose record it is ({@link #detail()}); refusals by role come from method
 * security instead and keep their own wording.
 */
public final class AccessRefused extends AccessDeniedException {

	private final AuditAction action;

	private final AuditResource resourceType;

	private final @Nullable String resourceId;

	private final @Nullable UUID patientId;

	private AccessRefused(AuditAction action, AuditResource resourceType, @Nullable String resourceId,
			@Nullable UUID patientId) {
		super("Access refused");
		this.action = action;
		this.resourceType = resourceType;
		this.resourceId = resourceId;
		this.patientId = patientId;
	}

	/**
	 * The current staff member may not perform {@code action} on this record of this
	 * patient, because it belongs to another therapist.
	 */
	public static AccessRefused to(AuditAction action, AuditResource resourceType, @Nullable Object resourceId,
			@Nullable UUID patientId) {
		return new AccessRefused(action, resourceType, resourceId == null ? null : resourceId.toString(), patientId);
	}

	/**
	 * What the client is told: the kind of record and that it is another therapist's,
	 * never who that therapist is.
	 */
	public String detail() {
		return "This " + resourceType.word().replace('-', ' ') + " belongs to another therapist.";
	}

	public AuditAction action() {
		return action;
	}

	public AuditResource resourceType() {
		return resourceType;
	}

	public @Nullable String resourceId() {
		return resourceId;
	}

	public @Nullable UUID patientId() {
		return patientId;
	}

}

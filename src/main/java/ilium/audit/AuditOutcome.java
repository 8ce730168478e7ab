package ilium.audit;

/**
 * Whether the recorded attempt was let through.
 */
public enum AuditOutcome {

	ALLOWED, DENIED

}

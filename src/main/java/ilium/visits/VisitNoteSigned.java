package ilium.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit note was signed: the visit is documented for good (for reports, billing,
 * outcomes).
 */
public record VisitNoteSigned(UUID visitNoteId, UUID appointmentId, UUID patientId, UUID therapistId,
		Instant signedAt) {
}

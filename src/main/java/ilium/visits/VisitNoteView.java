package ilium.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A visit note as clients read it, with its addenda oldest first.
 *
 * @param id the note
 * @param appointmentId the visit it documents (one note per appointment)
 * @param patientId the patient treated
 * @param therapistId the treating therapist, the note's author
 * @param authorUserId the staff account that created the note
 * @param status {@code DRAFT} or {@code SIGNED}
 * @param signedAt when it was signed
 * @param signedBy the staff account that signed it
 * @param version the version behind the {@code ETag}
 */
public record VisitNoteView(UUID id, UUID appointmentId, UUID patientId, UUID therapistId, UUID authorUserId,
		VisitNoteStatus status, @Nullable String subjective, @Nullable String objective, @Nullable String assessment,
		@Nullable String plan, @Nullable Integer painBefore, @Nullable Integer painAfter,
		List<ExercisePerformed> exercisesPerformed, List<ManualTherapyEntry> manualTherapy, List<AddendumView> addenda,
		Instant createdAt, Instant updatedAt, @Nullable Instant signedAt, @Nullable UUID signedBy, long version) {

	VisitNoteView withAddenda(List<AddendumView> addenda) {
		return new VisitNoteView(id, appointmentId, patientId, therapistId, authorUserId, status, subjective, objective,
				assessment, plan, painBefore, painAfter, exercisesPerformed, manualTherapy, addenda, createdAt,
				updatedAt, signedAt, signedBy, version);
	}

	DraftVisitNote content() {
		return new DraftVisitNote(subjective, objective, assessment, plan, painBefore, painAfter, exercisesPerformed,
				manualTherapy);
	}

}

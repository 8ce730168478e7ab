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
 * @param treatmentPlanId the plan the visit is given under (EPISODE.md R5)
 * @param services the billed service lines, by CPT
 * @param preferredForRemainder the timed code preferred for an equal remainder (R3)
 * @param totalTreatmentMinutes the visit's whole treatment time as written
 * @param totalTimedMinutes the minutes of the timed service lines, added up
 * @param evaluationComplexity an initial evaluation's complexity, with its code (R6)
 * @param signedAt when it was signed
 * @param signedBy the staff account that signed it
 * @param version the version behind the {@code ETag}
 */
public record VisitNoteView(UUID id, UUID appointmentId, UUID patientId, UUID therapistId, UUID authorUserId,
		VisitNoteStatus status, @Nullable String subjective, @Nullable String objective, @Nullable String assessment,
		@Nullable String plan, @Nullable Integer painBefore, @Nullable Integer painAfter,
		List<ExercisePerformed> exercisesPerformed, List<ManualTherapyEntry> manualTherapy,
		@Nullable UUID treatmentPlanId, List<ServiceLine> services, @Nullable String preferredForRemainder,
		@Nullable Integer totalTreatmentMinutes, int totalTimedMinutes,
		@Nullable EvaluationComplexityView evaluationComplexity, List<AddendumView> addenda, Instant createdAt,
		Instant updatedAt, @Nullable Instant signedAt, @Nullable UUID signedBy, long version) {

	VisitNoteView withAddenda(List<AddendumView> addenda) {
		return new VisitNoteView(id, appointmentId, patientId, therapistId, authorUserId, status, subjective, objective,
				assessment, plan, painBefore, painAfter, exercisesPerformed, manualTherapy, treatmentPlanId, services,
				preferredForRemainder, totalTreatmentMinutes, totalTimedMinutes, evaluationComplexity, addenda,
				createdAt, updatedAt, signedAt, signedBy, version);
	}

	/** The note with its parts, which live in tables of their own. */
	VisitNoteView withParts(List<ExercisePerformed> exercises, List<ManualTherapyEntry> manual,
			List<ServiceLine> lines) {
		int timed = lines.stream().mapToInt(ServiceLine::timedMinutes).sum();
		return new VisitNoteView(id, appointmentId, patientId, therapistId, authorUserId, status, subjective, objective,
				assessment, plan, painBefore, painAfter, exercises, manual, treatmentPlanId, lines,
				preferredForRemainder, totalTreatmentMinutes, timed, evaluationComplexity, addenda, createdAt,
				updatedAt, signedAt, signedBy, version);
	}

	DraftVisitNote content() {
		return new DraftVisitNote(subjective, objective, assessment, plan, painBefore, painAfter, exercisesPerformed,
				manualTherapy, treatmentPlanId, services, preferredForRemainder, totalTreatmentMinutes,
				evaluationComplexity == null ? null : evaluationComplexity.components());
	}

}

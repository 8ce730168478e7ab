package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.exercises.EducationTopic;

/**
 * A treatment plan as clients and other modules see it. {@code protocolVersion} is the
 * protocol version the plan was made from; later protocol versions never change it.
 * {@code statusHistory} holds every status the plan has had, oldest first;
 * {@code activatedAt} is its first activation.
 */
public record TreatmentPlanView(UUID id, UUID patientId, UUID therapistId, @Nullable UUID protocolId,
		@Nullable Integer protocolVersion, String diagnosisCode, List<Goal> goals, int visitsPerWeek, int durationWeeks,
		LocalDate startDate, PlanStatus status, List<StatusChange> statusHistory, @Nullable String discontinueReason,
		List<PrescriptionView> prescriptions, @Nullable BeltAdvice beltAdvice, List<EducationTopic> educationTopics,
		@Nullable Instant activatedAt, @Nullable Instant completedAt, @Nullable Instant discontinuedAt,
		Instant createdAt, long version) {

	/**
	 * Whether the plan was ever activated: a plan that never was has no home program.
	 */
	boolean everActivated() {
		return statusHistory.stream().anyMatch(change -> change.status() == PlanStatus.ACTIVE);
	}

	TreatmentPlanView withPrescriptions(List<PrescriptionView> prescriptions) {
		return new TreatmentPlanView(id, patientId, therapistId, protocolId, protocolVersion, diagnosisCode, goals,
				visitsPerWeek, durationWeeks, startDate, status, statusHistory, discontinueReason, prescriptions,
				beltAdvice, educationTopics, activatedAt, completedAt, discontinuedAt, createdAt, version);
	}

}

package ilium.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import ilium.billing.CptCode;
import ilium.exercises.EducationTopic;

/**
 * A treatment plan as clients and other modules see it. {@code protocolVersion} is the
 * protocol version the plan was made from; later protocol versions never change it.
 * {@code statusHistory} holds every status the plan has had, oldest first;
 * {@code activatedAt} is its first activation. {@code payerProfile}, {@code referral} and
 * {@code plannedServices} are its plan of care (absent and empty until put), and
 * {@code planEndDate} the last day it covers; {@code episodeStartDate} (D0) its first
 * treatment day, null before it (EPISODE.md R9).
 */
public record TreatmentPlanView(UUID id, UUID patientId, UUID therapistId, @Nullable UUID protocolId,
		@Nullable Integer protocolVersion, String diagnosisCode, List<GoalView> goals, int visitsPerWeek,
		int durationWeeks, LocalDate startDate, @Nullable PayerProfile payerProfile, @Nullable Referral referral,
		List<CptCode> plannedServices, PlanStatus status, List<StatusChange> statusHistory,
		@Nullable String discontinueReason, List<PrescriptionView> prescriptions, @Nullable BeltAdvice beltAdvice,
		List<EducationTopic> educationTopics, @Nullable Instant activatedAt, @Nullable Instant completedAt,
		@Nullable Instant discontinuedAt, Instant createdAt, long version, @Nullable LocalDate episodeStartDate) {

	/** {@code startDate} + 7 × {@code durationWeeks} − 1 (EPISODE.md "Data"). */
	@JsonProperty("planEndDate")
	public LocalDate planEndDate() {
		return PlanOfCare.endDate(startDate, durationWeeks);
	}

	/** The plan's plan of care. */
	public PlanOfCare planOfCare() {
		return new PlanOfCare(payerProfile, referral, plannedServices, visitsPerWeek, durationWeeks, startDate,
				planEndDate(), diagnosisCode);
	}

	/**
	 * EPISODE.md "Ready for certification": the names of what the plan still lacks, in
	 * this order: {@code payerProfile}, {@code plannedServices}, {@code goals} (no
	 * measurable ACTIVE LONG_TERM goal).
	 */
	List<String> missingForCertification() {
		List<String> missing = new ArrayList<>();
		if (payerProfile == null) {
			missing.add("payerProfile");
		}
		if (plannedServices.isEmpty()) {
			missing.add("plannedServices");
		}
		if (goals.stream().noneMatch(g -> g.term() == GoalTerm.LONG_TERM && g.active() && g.measurable())) {
			missing.add("goals");
		}
		return List.copyOf(missing);
	}

	/**
	 * Whether the plan was ever activated: a plan that never was has no home program.
	 */
	boolean everActivated() {
		return statusHistory.stream().anyMatch(change -> change.status() == PlanStatus.ACTIVE);
	}

	TreatmentPlanView withPrescriptions(List<PrescriptionView> prescriptions) {
		return new TreatmentPlanView(id, patientId, therapistId, protocolId, protocolVersion, diagnosisCode, goals,
				visitsPerWeek, durationWeeks, startDate, payerProfile, referral, plannedServices, status, statusHistory,
				discontinueReason, prescriptions, beltAdvice, educationTopics, activatedAt, completedAt, discontinuedAt,
				createdAt, version, episodeStartDate);
	}

	/** The plan with its episode's start (D0), which the episode of care computes. */
	TreatmentPlanView withEpisodeStartDate(@Nullable LocalDate episodeStartDate) {
		return new TreatmentPlanView(id, patientId, therapistId, protocolId, protocolVersion, diagnosisCode, goals,
				visitsPerWeek, durationWeeks, startDate, payerProfile, referral, plannedServices, status, statusHistory,
				discontinueReason, prescriptions, beltAdvice, educationTopics, activatedAt, completedAt, discontinuedAt,
				createdAt, version, episodeStartDate);
	}

}

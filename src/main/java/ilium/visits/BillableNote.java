package ilium.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.billing.CptCode;
import ilium.billing.ServicesGiven;
import ilium.scheduling.AppointmentType;

/**
 * What one signed visit note bills (EPISODE.md R1, R3, R5, R6), for billing days, reports
 * and the episode's clocks. Never stored as units: billing counts them from this.
 *
 * @param noteId the signed note
 * @param dateOfService its appointment's clinic-local date
 * @param treatmentPlanId the plan it was given under; null only for an evaluation without
 * a plan
 * @param therapistId the treating therapist, the note's author
 * @param signedAt when it was signed
 * @param visitType its appointment's type
 * @param services its timed codes with their minutes, its untimed codes (97164, and the
 * evaluation code its complexity gives) and its {@code preferredForRemainder}: one
 * element of {@link ServicesGiven#ofDate}'s list
 * @param totalTreatmentMinutes the visit's whole treatment time as written; null for an
 * evaluation without services
 */
public record BillableNote(UUID noteId, LocalDate dateOfService, @Nullable UUID treatmentPlanId, UUID therapistId,
		Instant signedAt, AppointmentType visitType, ServicesGiven services, @Nullable Integer totalTreatmentMinutes) {

	/** The timed code this note prefers for an equal remainder (R3 step 3), or null. */
	public @Nullable CptCode preferredForRemainder() {
		return services.preferredForRemainder();
	}

}

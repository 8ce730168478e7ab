package ilium.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The discharge summary (EPISODE.md R11): date, reason, final goal statuses and outcome
 * measures, text, status and addenda; once signed, the home program of the discharge date
 * as it was then.
 */
public record DischargeSummaryView(UUID id, UUID treatmentPlanId, LocalDate dischargeDate, DischargeReason reason,
		List<GoalStatusEntry> goalStatuses, List<UUID> finalOutcomeMeasureIds, String text, DocumentStatus status,
		UUID authorId, Instant createdAt, @Nullable Instant signedAt, @Nullable JsonNode homeProgramAtDischarge,
		long version, List<AddendumView> addenda) {
}

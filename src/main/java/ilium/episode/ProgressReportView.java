package ilium.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A progress report (EPISODE.md R9): the period it covers ({@code periodStart} is the
 * open period's start while a draft, fixed when signed; null when that period has no
 * treatment day yet), its goal statuses, outcome measures, plan, status and addenda.
 */
public record ProgressReportView(UUID id, UUID treatmentPlanId, @Nullable LocalDate periodStart, LocalDate periodEnd,
		List<GoalStatusEntry> goalStatuses, List<UUID> outcomeMeasureIds, String plan, DocumentStatus status,
		UUID authorId, Instant createdAt, @Nullable Instant signedAt, long version, List<AddendumView> addenda) {
}

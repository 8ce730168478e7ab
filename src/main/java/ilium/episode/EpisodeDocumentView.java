package ilium.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A progress report or discharge summary as stored: what the two views are made from.
 * {@code body} is the report's plan or the summary's text.
 */
record EpisodeDocumentView(UUID id, UUID planId, DocumentKind kind, LocalDate throughDate,
		@Nullable LocalDate periodStart, @Nullable DischargeReason reason, String body, DocumentStatus status,
		UUID authorId, Instant createdAt, @Nullable Instant signedAt, @Nullable String homeProgramAtDischarge,
		long version, List<GoalStatusEntry> goalStatuses, List<UUID> outcomeMeasureIds, List<AddendumView> addenda) {

	enum DocumentKind {

		PROGRESS_REPORT, DISCHARGE_SUMMARY

	}

}

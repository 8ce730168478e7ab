package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The discharge summary's fields (EPISODE.md HTTP): the discharge date, why, each ACTIVE
 * goal's final status (MET, PARTIALLY_MET, NOT_MET or DISCONTINUED), the final outcome
 * measures and the summary's text.
 */
public record WriteDischargeSummary(@NotNull LocalDate dischargeDate, @NotNull DischargeReason reason,
		@NotNull List<@Valid @NotNull GoalStatusEntry> goalStatuses,
		@Nullable List<@NotNull UUID> finalOutcomeMeasureIds, @NotBlank @Size(max = 20000) String text) {
}

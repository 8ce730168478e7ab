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
 * A progress report's fields (EPISODE.md HTTP): the last day it covers, the status and
 * current value of each ACTIVE goal (ACTIVE, MET or DISCONTINUED), the outcome measures
 * it rests on and the plan ahead.
 */
public record WriteProgressReport(@NotNull LocalDate periodEnd,
		@NotNull List<@Valid @NotNull GoalStatusEntry> goalStatuses, @Nullable List<@NotNull UUID> outcomeMeasureIds,
		@NotBlank @Size(max = 20000) String plan) {
}

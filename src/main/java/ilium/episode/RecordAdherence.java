package ilium.episode;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * Records how often a patient did one home exercise in the 7 days ending
 * {@code reportedOn} (EPISODE.md R12): the body of {@code POST
 * /api/v1/treatment-plans/{id}/hep-adherence}.
 *
 * @param sessionsDone sessions done in those 7 days (at most 5 a day on each of them,
 * twice over)
 * @param painDuring pain during the exercises, 0..10, if asked
 */
public record RecordAdherence(@NotNull UUID prescriptionId, @NotNull LocalDate reportedOn,
		@NotNull @Range(min = 0, max = 70) Integer sessionsDone, @Nullable @Range(min = 0, max = 10) Integer painDuring,
		@NotNull AdherenceSource source, @Nullable @Size(max = 10000) String note) {

}

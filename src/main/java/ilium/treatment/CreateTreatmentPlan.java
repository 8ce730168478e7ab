package ilium.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * Creates a draft plan, blank or from a protocol's current version, with at least one
 * goal.
 */
public record CreateTreatmentPlan(@Nullable UUID protocolId, @NotNull UUID therapistId,
		@NotBlank @Size(max = 8) String diagnosisCode,
		@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Goal> goals,
		@NotNull @Range(min = 1, max = 7) Integer visitsPerWeek,
		@NotNull @Range(min = 1, max = 52) Integer durationWeeks, @NotNull LocalDate startDate) {
}

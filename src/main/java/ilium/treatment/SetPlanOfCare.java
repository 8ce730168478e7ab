package ilium.treatment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import ilium.billing.CptCode;

/**
 * Puts a plan's plan of care (EPISODE.md "Data"): the payer profile, the referral when
 * there is one, the planned services (distinct timed codes and 97164, R1), and the
 * frequency and duration, which replace the plan's.
 */
public record SetPlanOfCare(@NotNull PayerProfile payerProfile, @Nullable @Valid Referral referral,
		@NotNull @Size(min = 1, max = 8) List<@NotNull CptCode> plannedServices,
		@NotNull @Range(min = 1, max = 7) Integer visitsPerWeek,
		@NotNull @Range(min = 1, max = 52) Integer durationWeeks) {
}

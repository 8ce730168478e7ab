package ilium.treatment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ilium.billing.CptCode;

/**
 * A plan's plan of care as other modules read it (EPISODE.md "Data").
 * {@code payerProfile} is null (and {@code plannedServices} empty) until the plan's
 * therapist puts one; {@code plannedServices} are in CPT order. {@code planEndDate} is
 * {@code startDate} + 7 × {@code durationWeeks} − 1, the last day the plan covers;
 * {@code diagnosisCode} the plan's ICD-10-CM diagnosis, which its claims name.
 */
public record PlanOfCare(@Nullable PayerProfile payerProfile, @Nullable Referral referral,
		List<CptCode> plannedServices, int visitsPerWeek, int durationWeeks, LocalDate startDate, LocalDate planEndDate,
		String diagnosisCode) {

	/** The last day a plan starting on {@code startDate} covers. */
	static LocalDate endDate(LocalDate startDate, int durationWeeks) {
		return startDate.plusDays(7L * durationWeeks - 1);
	}

	/** Whether a date lies in {@code startDate..planEndDate}. */
	public boolean covers(LocalDate date) {
		return !date.isBefore(startDate) && !date.isAfter(planEndDate);
	}

}

package ilium.charges;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ilium.billing.UnitAllocation;
import ilium.treatment.PlanOfCare;

/**
 * The flags a billing day raises from its plan of care alone (EPISODE.md R7
 * {@code SERVICE_NOT_IN_POC}, R10 {@code OVER_FREQUENCY} and
 * {@code BEYOND_PLAN_DURATION}). The flags that need the certification and
 * progress-report clocks or the year's billing configuration join here once those records
 * exist.
 */
final class BillingDayFlags {

	private BillingDayFlags() {
	}

	/**
	 * @param treatmentDays the plan's treatment days, oldest first (R9), all of them: a
	 * week's count starts before the range asked for
	 */
	static Set<BillingDayFlag> of(LocalDate date, UnitAllocation billed, PlanOfCare plan,
			List<LocalDate> treatmentDays) {
		Set<BillingDayFlag> flags = EnumSet.noneOf(BillingDayFlag.class);
		boolean notPlanned = billed.lines()
			.stream()
			.anyMatch(
					line -> line.cpt().isTimed() && line.units() >= 1 && !plan.plannedServices().contains(line.cpt()));
		if (notPlanned) {
			flags.add(BillingDayFlag.SERVICE_NOT_IN_POC);
		}
		if (date.isAfter(plan.planEndDate())) {
			flags.add(BillingDayFlag.BEYOND_PLAN_DURATION);
		}
		if (treatmentDays.contains(date) && treatmentDayOfItsWeek(date, treatmentDays) > plan.visitsPerWeek()) {
			flags.add(BillingDayFlag.OVER_FREQUENCY);
		}
		return flags;
	}

	/** Which treatment day of its ISO week {@code date} is: 1 for the first. */
	static long treatmentDayOfItsWeek(LocalDate date, List<LocalDate> treatmentDays) {
		return treatmentDays.stream().filter(day -> !day.isAfter(date) && sameIsoWeek(day, date)).count();
	}

	private static boolean sameIsoWeek(LocalDate a, LocalDate b) {
		return a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
				&& a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}

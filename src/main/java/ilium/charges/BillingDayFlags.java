package ilium.charges;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ilium.billing.BillingFlag;
import ilium.episode.PlanClocks;
import ilium.treatment.PlanOfCare;

/**
 * The flags a billing day raises from its episode's clocks, which bind Medicare days only
 * (EPISODE.md "Conventions"): R8 {@code OUTSIDE_CERTIFICATION}, R9
 * {@code PROGRESS_REPORT_OVERDUE}, R10 {@code OVER_FREQUENCY} and
 * {@code BEYOND_PLAN_DURATION}. R7's come from {@code billing.ReviewFlagRule}, R13's from
 * {@code billing.KxLedger}.
 */
final class BillingDayFlags {

	private BillingDayFlags() {
	}

	/**
	 * @param treatmentDays the plan's treatment days, oldest first (R9), all of them: a
	 * week's count starts before the range asked for
	 */
	static Set<BillingFlag> of(LocalDate date, PlanOfCare plan, List<LocalDate> treatmentDays, PlanClocks clocks) {
		Set<BillingFlag> flags = EnumSet.noneOf(BillingFlag.class);
		if (clocks.outsideCertification(date)) {
			flags.add(BillingFlag.OUTSIDE_CERTIFICATION);
		}
		if (clocks.progressReportOverdue(date)) {
			flags.add(BillingFlag.PROGRESS_REPORT_OVERDUE);
		}
		if (date.isAfter(plan.planEndDate())) {
			flags.add(BillingFlag.BEYOND_PLAN_DURATION);
		}
		if (treatmentDays.contains(date) && treatmentDayOfItsWeek(date, treatmentDays) > plan.visitsPerWeek()) {
			flags.add(BillingFlag.OVER_FREQUENCY);
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

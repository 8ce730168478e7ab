package ilium.treatment;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Why a home program lists what it lists on a day (DOMAIN.md): exercises only while the
 * plan was {@code ACTIVE} that day; else none, because the plan had not started, was on
 * hold, or had ended.
 */
public enum ProgramStatus {

	ACTIVE, NOT_STARTED, ON_HOLD, ENDED;

	/**
	 * The plan's program status on {@code day}: from the plan's status at the end of that
	 * clinic-local day, and never ACTIVE before its start date.
	 */
	static ProgramStatus of(TreatmentPlanView plan, LocalDate day, ZoneId zone) {
		if (day.isBefore(plan.startDate())) {
			return NOT_STARTED;
		}
		PlanStatus status = null;
		for (StatusChange change : plan.statusHistory()) {
			if (!LocalDate.ofInstant(change.at(), zone).isAfter(day)) {
				status = change.status();
			}
		}
		if (status == null) {
			return NOT_STARTED;
		}
		return switch (status) {
			case DRAFT -> NOT_STARTED;
			case ACTIVE -> ACTIVE;
			case ON_HOLD -> ON_HOLD;
			case COMPLETED, DISCONTINUED -> ENDED;
		};
	}

}

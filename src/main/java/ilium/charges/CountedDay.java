package ilium.charges;

import java.util.List;

import ilium.treatment.PlanOfCare;
import ilium.visits.BillableNote;

/**
 * A billing day as {@link BillingDays} counted it, with what it was counted from: the
 * date's plan of care and its signed notes, earliest signed first.
 */
record CountedDay(BillingDayView day, PlanOfCare plan, List<BillableNote> notes) {
}

package ilium.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The progress-report clock of one plan (EPISODE.md R9): its treatment days cut into
 * periods. Period 1 starts at D0; a period closes at a closing (a signed report's
 * {@code periodEnd}, a signed re-evaluation with 97164, the signed discharge date); the
 * next starts at the next treatment day. Pure: days and closings in, periods out.
 *
 * @param periods every period, first first; the last may be open
 * @param open the open period: its days since the last closing (none yet when it has not
 * started), null when there is no treatment day at all
 */
record ProgressPeriods(List<Period> periods, @Nullable Period open) {

	/** The treatment day by which a report is due. */
	static final int DUE_ON = 10;

	/**
	 * The periods as of {@code on}: treatment days and closings after it are not counted.
	 */
	static ProgressPeriods of(List<LocalDate> treatmentDays, Collection<LocalDate> closings, LocalDate on) {
		TreeSet<LocalDate> pending = new TreeSet<>(closings.stream().filter(day -> !day.isAfter(on)).toList());
		List<Period> periods = new ArrayList<>();
		List<LocalDate> current = new ArrayList<>();
		for (LocalDate day : treatmentDays.stream().filter(day -> !day.isAfter(on)).sorted().toList()) {
			LocalDate closing = pending.lower(day);
			if (closing != null) {
				if (!current.isEmpty()) {
					periods.add(new Period(List.copyOf(current), closing));
					current.clear();
				}
				pending.headSet(day).clear();
			}
			current.add(day);
		}
		if (treatmentDays.stream().noneMatch(day -> !day.isAfter(on))) {
			return new ProgressPeriods(List.of(), null);
		}
		if (!current.isEmpty() && !pending.isEmpty()) {
			periods.add(new Period(List.copyOf(current), pending.first()));
			current.clear();
		}
		Period open = new Period(List.copyOf(current), null);
		List<Period> all = new ArrayList<>(periods);
		if (!current.isEmpty()) {
			all.add(open);
		}
		return new ProgressPeriods(List.copyOf(all), open);
	}

	/** The treatment days past the 10th of their period (billing flag, R9). */
	List<LocalDate> overdueDays() {
		return periods.stream().flatMap(period -> period.days().stream().skip(DUE_ON)).toList();
	}

	/**
	 * Where the open period stands, due soon from {@code alertDays} treatment days before
	 * the 10th ({@code ilium.episode.progress-alert-treatment-days}, 2: the 8th).
	 */
	ReportStatus status(int alertDays) {
		if (open == null) {
			return ReportStatus.NOT_STARTED;
		}
		int days = open.days().size();
		if (days > DUE_ON) {
			return ReportStatus.OVERDUE;
		}
		if (days == DUE_ON) {
			return ReportStatus.DUE_TODAY;
		}
		return (days >= DUE_ON - alertDays) ? ReportStatus.DUE_SOON : ReportStatus.OK;
	}

	/**
	 * A period: its treatment days, oldest first, and the date that closed it (null while
	 * open).
	 */
	record Period(List<LocalDate> days, @Nullable LocalDate closedOn) {

		@Nullable LocalDate start() {
			return days.isEmpty() ? null : days.getFirst();
		}

		@Nullable LocalDate tenthTreatmentDay() {
			return (days.size() >= DUE_ON) ? days.get(DUE_ON - 1) : null;
		}

	}

}

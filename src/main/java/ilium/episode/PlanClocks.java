package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An episode's clocks as billing days read them (EPISODE.md R8, R9, R13).
 *
 * @param intervals the recorded certification intervals, first first, each saying whether
 * it is certified ({@code CERTIFIED*})
 * @param progressReportOverdue the treatment days past the 10th of their period
 * @param supportDates the dates of signed progress reports' {@code periodEnd} and of
 * signed notes billing an evaluation or re-evaluation (97161–97164)
 */
public record PlanClocks(List<Interval> intervals, Set<LocalDate> progressReportOverdue, Set<LocalDate> supportDates) {

	/** R8 {@code OUTSIDE_CERTIFICATION}: the date lies in no certified interval. */
	public boolean outsideCertification(LocalDate date) {
		return intervals.stream().noneMatch(interval -> interval.certified() && interval.covers(date));
	}

	/** R9 {@code PROGRESS_REPORT_OVERDUE}. */
	public boolean progressReportOverdue(LocalDate date) {
		return progressReportOverdue.contains(date);
	}

	/**
	 * R13: a KX date is supported when its certification interval holds a signed report's
	 * {@code periodEnd} or an evaluation or re-evaluation; a date in no interval is not.
	 */
	public boolean kxSupported(LocalDate date) {
		Optional<Interval> interval = intervals.stream().filter(candidate -> candidate.covers(date)).findFirst();
		return interval.isPresent() && supportDates.stream().anyMatch(interval.get()::covers);
	}

	/** A certification interval's bounds and whether it is certified. */
	public record Interval(LocalDate start, LocalDate end, boolean certified) {

		boolean covers(LocalDate date) {
			return !date.isBefore(start) && !date.isAfter(end);
		}

	}

}

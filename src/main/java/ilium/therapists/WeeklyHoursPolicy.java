package ilium.therapists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * Weekly hours that make sense: every entry complete, start before end, and no two
 * intervals of one day overlapping (back to back is fine). The exclusion constraint
 * {@code therapist_working_hours_no_overlap} holds the same rule in the database.
 */
final class WeeklyHoursPolicy {

	static final int MAX_INTERVALS = 70;

	private WeeklyHoursPolicy() {
	}

	static List<WorkingHours> check(List<@Nullable WorkingHours> hours) {
		if (hours.size() > MAX_INTERVALS) {
			throw ClinicException.badRequest("body", "must hold at most " + MAX_INTERVALS + " intervals");
		}
		List<WorkingHours> complete = new ArrayList<>();
		for (int i = 0; i < hours.size(); i++) {
			WorkingHours interval = hours.get(i);
			if (interval == null || interval.dayOfWeek() == null || interval.start() == null
					|| interval.end() == null) {
				throw ClinicException.badRequest("[" + i + "]", "needs dayOfWeek, start and end");
			}
			if (!interval.start().isBefore(interval.end())) {
				throw ClinicException.badRequest("[" + i + "].end", "must be after start");
			}
			complete.add(interval);
		}
		List<WorkingHours> sorted = complete.stream()
			.sorted(Comparator.comparing(WorkingHours::dayOfWeek).thenComparing(WorkingHours::start))
			.toList();
		for (int i = 1; i < sorted.size(); i++) {
			WorkingHours before = sorted.get(i - 1);
			WorkingHours after = sorted.get(i);
			if (before.dayOfWeek() == after.dayOfWeek() && after.start().isBefore(before.end())) {
				throw ClinicException.badRequest("[" + complete.indexOf(after) + "]",
						"overlaps another interval on " + after.dayOfWeek());
			}
		}
		return sorted;
	}

}

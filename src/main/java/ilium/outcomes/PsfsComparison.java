package ilium.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two PSFS measures compared like with like (DOMAIN.md): over the activities present in
 * both, names matched ignoring case and surrounding blanks, tabs and line breaks, each
 * side's mean to two decimals half up, as a PSFS score is. The same rule is the SQL
 * function {@code psfs_comparable_means} that the outcomes report uses;
 * {@code OutcomeMcidAgreementTests} keeps the two in step.
 *
 * @param baseline the baseline's mean over the shared activities
 * @param latest the latest measure's mean over the shared activities
 */
record PsfsComparison(BigDecimal baseline, BigDecimal latest) {

	private static final String SURROUNDING = " \t\n\r";

	/** The comparison of two PSFS measures, or empty when they share no activity. */
	static Optional<PsfsComparison> of(List<PsfsActivity> baseline, List<PsfsActivity> latest) {
		List<PsfsActivity> sharedBaseline = sharedWith(baseline, latest);
		if (sharedBaseline.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PsfsComparison(mean(sharedBaseline), mean(sharedWith(latest, baseline))));
	}

	/** The mean of the activities' scores, two decimals half up. */
	static BigDecimal mean(List<PsfsActivity> activities) {
		int sum = activities.stream().mapToInt(PsfsActivity::score).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(activities.size()), 2, RoundingMode.HALF_UP);
	}

	/** What an activity's name is matched by: lower case, surrounding blanks removed. */
	static String key(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && SURROUNDING.indexOf(name.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && SURROUNDING.indexOf(name.charAt(end - 1)) >= 0) {
			end--;
		}
		return name.substring(start, end).toLowerCase(Locale.ROOT);
	}

	private static List<PsfsActivity> sharedWith(List<PsfsActivity> activities, List<PsfsActivity> other) {
		Set<String> otherKeys = other.stream().map(activity -> key(activity.name())).collect(Collectors.toSet());
		return activities.stream().filter(activity -> otherKeys.contains(key(activity.name()))).toList();
	}

}

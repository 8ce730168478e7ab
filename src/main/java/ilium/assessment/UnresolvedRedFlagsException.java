package ilium.assessment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 422 (DOMAIN.md, the red-flag gate): {@code unresolved-red-flags} while the patient has
 * a referral no physician has cleared, naming the flags in {@code redFlags};
 * {@code screening-required} when treatment would start without a recent screening.
 */
public final class UnresolvedRedFlagsException extends ClinicException {

	private UnresolvedRedFlagsException(String slug, String detail, Map<String, Object> properties) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Rule violated", detail, properties);
	}

	static UnresolvedRedFlagsException of(List<ScreeningView> unresolved) {
		List<RedFlag> flags = unresolved.stream().flatMap(s -> s.redFlags().stream()).distinct().toList();
		Disposition disposition = Disposition.of(flags);
		return new UnresolvedRedFlagsException(AssessmentProblems.UNRESOLVED_RED_FLAGS,
				"The patient has a referral no physician has cleared ("
						+ flags.stream().map(Enum::name).collect(Collectors.joining(", ")) + ", " + disposition
						+ "); record the physician's clearance on that screening before treating.",
				Map.of("redFlags", flags, "disposition", disposition, "screeningIds",
						unresolved.stream().map(ScreeningView::id).toList()));
	}

	/**
	 * A referral committed while a plan was being activated (the database's gate refused
	 * the activation): the aborted transaction cannot read which one.
	 */
	public static UnresolvedRedFlagsException recordedMeanwhile() {
		return new UnresolvedRedFlagsException(AssessmentProblems.UNRESOLVED_RED_FLAGS,
				"A referral was recorded for this patient while the plan was being activated; read the patient's "
						+ "screenings and record the physician's clearance before treating.",
				Map.of("redFlags", List.of()));
	}

	static UnresolvedRedFlagsException noScreening() {
		return new UnresolvedRedFlagsException(AssessmentProblems.SCREENING_REQUIRED,
				"The patient has no red-flag screening; screen before starting treatment.",
				Map.of("redFlags", List.of()));
	}

	static UnresolvedRedFlagsException outOfDate(ScreeningView latest, int validDays) {
		return new UnresolvedRedFlagsException(AssessmentProblems.SCREENING_REQUIRED,
				"The latest red-flag screening was taken on " + latest.screenedOn() + ", more than " + validDays
						+ " days ago; screen again before starting treatment.",
				Map.of("redFlags", List.of(), "latestScreenedOn", latest.screenedOn().toString()));
	}

}

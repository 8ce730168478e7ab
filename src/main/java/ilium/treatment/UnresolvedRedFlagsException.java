package ilium.treatment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 422: a plan cannot be activated while the patient's latest screening is an uncleared
 * referral (DOMAIN.md), or before any screening. Names the flags in {@code redFlags}.
 */
public final class UnresolvedRedFlagsException extends ClinicException {

	private UnresolvedRedFlagsException(String slug, String detail, Map<String, Object> properties) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Rule violated", detail, properties);
	}

	static UnresolvedRedFlagsException of(ScreeningView screening) {
		String flags = screening.redFlags().stream().map(Enum::name).collect(Collectors.joining(", "));
		return new UnresolvedRedFlagsException("unresolved-red-flags",
				"The latest screening raised red flags (" + flags + ") with disposition " + screening.disposition()
						+ "; record a physician's clearance before activating a plan.",
				Map.of("redFlags", screening.redFlags(), "disposition", screening.disposition(), "screeningId",
						screening.id()));
	}

	static UnresolvedRedFlagsException of(List<ScreeningView> unresolved) {
		List<RedFlag> flags = unresolved.stream().flatMap(s -> s.redFlags().stream()).distinct().toList();
		Disposition disposition = Disposition.of(flags);
		return new UnresolvedRedFlagsException("unresolved-red-flags",
				"The patient has a referral no physician has cleared ("
						+ flags.stream().map(Enum::name).collect(Collectors.joining(", ")) + ", " + disposition
						+ "); record the physician's clearance on that screening before treating.",
				Map.of("redFlags", flags, "disposition", disposition, "screeningIds",
						unresolved.stream().map(ScreeningView::id).toList()));
	}

	static UnresolvedRedFlagsException noScreening() {
		return new UnresolvedRedFlagsException("screening-required",
				"The patient has no red-flag screening; screen before activating a plan.",
				Map.of("redFlags", List.of()));
	}

}

package ilium.visits;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import ilium.billing.CptCode;
import ilium.shared.ClinicException;

/**
 * One billed service of a visit (EPISODE.md R1): a timed code with its minutes, or the
 * re-evaluation 97164, which may carry minutes that never count. The evaluation codes
 * 97161–97163 are never lines: the note's evaluation complexity gives them (R6).
 *
 * @param cpt the five-digit code ({@code "97110"})
 * @param minutes minutes given, 1..120; required for a timed code
 */
public record ServiceLine(@NotNull String cpt, @Nullable @Min(1) @Max(120) Integer minutes) {

	/** The codes a line may carry: the timed codes and the re-evaluation. */
	static final List<String> CODES = java.util.Arrays.stream(CptCode.values())
		.filter(code -> code.isTimed() || code == CptCode.RE_EVALUATION)
		.map(CptCode::code)
		.sorted()
		.toList();

	/** The codes a line may carry, for a form that offers them. */
	public static List<String> codes() {
		return CODES;
	}

	/** The timed codes among {@link #codes()}, those whose minutes count. */
	public static List<String> timedCodes() {
		return CODES.stream().filter(code -> CptCode.of(code).isTimed()).toList();
	}

	/** The line's code, or empty when the clinic bills no such code on a line. */
	Optional<CptCode> code() {
		return CODES.contains(cpt) ? Optional.of(CptCode.of(cpt)) : Optional.empty();
	}

	/** Whether the line is a timed code (its minutes count toward the units). */
	boolean timed() {
		return code().map(CptCode::isTimed).orElse(false);
	}

	/** The minutes of a timed line, 0 for 97164. */
	int timedMinutes() {
		return timed() && minutes != null ? minutes : 0;
	}

	/**
	 * EPISODE.md R5, the 400s: a known code on each line, minutes on each timed line, no
	 * code twice, and {@code preferredForRemainder} one of the note's timed codes.
	 */
	static void requireWellFormed(List<ServiceLine> services, @Nullable String preferredForRemainder) {
		Set<String> seen = new HashSet<>();
		for (int index = 0; index < services.size(); index++) {
			ServiceLine line = services.get(index);
			if (line.code().isEmpty()) {
				throw ClinicException.badRequest(field(index, "cpt"), "must be one of " + String.join(", ", CODES)
						+ " (the evaluation codes come from evaluationComplexity)");
			}
			if (line.timed() && line.minutes() == null) {
				throw ClinicException.badRequest(field(index, "minutes"), "is required for timed code " + line.cpt());
			}
			if (!seen.add(line.cpt())) {
				throw ClinicException.badRequest(field(index, "cpt"), "must not repeat a code of this note");
			}
		}
		if (preferredForRemainder != null
				&& services.stream().noneMatch(line -> line.timed() && line.cpt().equals(preferredForRemainder))) {
			throw ClinicException.badRequest("preferredForRemainder", "must be a timed code of this note's services");
		}
	}

	static String field(int index, String name) {
		return "services[" + index + "]." + name;
	}

}

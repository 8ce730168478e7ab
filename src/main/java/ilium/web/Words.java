package ilium.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The clinic's words for the API's codes on a page ({@code ${words.of(plan.status)}}):
 * {@code LIFTING_AND_CARRYING} is shown as "Lifting and carrying".
 */
public final class Words {

	/** The one set of words every page, the handout and the schedule rows use. */
	static final Words CLINIC = new Words();

	private Words() {
	}

	/** A code in words; a dash for nothing. */
	public String of(@Nullable Enum<?> code) {
		if (code == null) {
			return "—";
		}
		String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A number with its noun: "1 set", "3 sets"; a dash for nothing. */
	public String count(@Nullable Integer number, String one, String many) {
		if (number == null) {
			return "—";
		}
		return number + " " + (number == 1 ? one : many);
	}

	/** Codes in words, separated by commas. */
	public String of(List<? extends Enum<?>> codes) {
		return codes.stream().map(this::of).collect(Collectors.joining(", "));
	}

}

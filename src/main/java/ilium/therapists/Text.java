package ilium.therapists;

import org.jspecify.annotations.Nullable;

/**
 * Text as the desk types it: surrounding spaces dropped, a blank optional field absent.
 */
final class Text {

	private Text() {
	}

	static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

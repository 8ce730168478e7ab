package ilium.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but that no clinic record may hold: text with a NUL
 * character or an unpaired surrogate (PostgreSQL cannot store either faithfully), or a
 * date outside the years the service supports. The request is refused with 400 naming the
 * field and saying why ({@link #reason()}).
 */
final class RejectedJsonValueException extends MismatchedInputException {

	private final String reason;

	RejectedJsonValueException(JsonParser parser, String reason, Class<?> type) {
		super(parser, "Rejected value: " + reason, type);
		this.reason = reason;
	}

	/** Why the value was refused, phrased for the field it belongs to. */
	String reason() {
		return reason;
	}

}

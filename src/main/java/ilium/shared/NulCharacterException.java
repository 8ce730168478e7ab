package ilium.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string held a NUL character: PostgreSQL text cannot store it and no clinic data
 * contains it, so the request is refused with 400 naming the field.
 */
final class NulCharacterException extends MismatchedInputException {

	NulCharacterException(JsonParser parser) {
		super(parser, "NUL character in string", String.class);
	}

}

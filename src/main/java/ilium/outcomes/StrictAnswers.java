package ilium.outcomes;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Answers are read as written: Jackson would otherwise turn {@code 5.5} into 5,
 * {@code "7"} into 7 and {@code 1} into yes, silently changing a patient's score. These
 * refuse anything but a JSON integer or boolean (400 naming the field).
 */
final class StrictAnswers {

	private StrictAnswers() {
	}

	/** A whole number, nothing else. */
	static final class WholeNumber extends StdScalarDeserializer<Integer> {

		WholeNumber() {
			super(Integer.class);
		}

		@Override
		public Integer deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
				return context.reportInputMismatch(this, "must be a whole number");
			}
			return parser.getIntValue();
		}

	}

	/** {@code true} or {@code false}, nothing else. */
	static final class YesNo extends StdScalarDeserializer<Boolean> {

		YesNo() {
			super(Boolean.class);
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
				return context.reportInputMismatch(this, "must be true or false");
			}
			return token == JsonToken.VALUE_TRUE;
		}

	}

}

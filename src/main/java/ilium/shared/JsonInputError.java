package ilium.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body Jackson could not read, as the field it failed on and what that field
 * must be, in the clinic's words ("must be a list", "must be a date like 2027-01-31").
 * The rejected value is never repeated: it may hold patient data, and the client has it.
 * Used by every place that reads JSON (request bodies, merge patches), so both say the
 * same thing.
 */
final class JsonInputError {

	static final String WRONG_TYPE = "has the wrong type or format";

	private JsonInputError() {
	}

	/** The field and message, when Jackson knows which field it failed on. */
	static Optional<FieldError> of(JacksonException failure) {
		if (failure.getPath().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FieldError(fieldOf(failure), messageOf(failure)));
	}

	/** The failed field as a path: {@code exercisesPerformed[0].sets}. */
	static String fieldOf(JacksonException failure) {
		return failure.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	static String messageOf(JacksonException failure) {
		return switch (failure) {
			case UnrecognizedPropertyException unknown -> "is not a known field";
			case RejectedJsonValueException rejected -> rejected.reason();
			case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
				expected(mismatch.getTargetType());
			default -> WRONG_TYPE;
		};
	}

	/** What a value of this Java type looks like in JSON, said for the clinic. */
	static String expected(Class<?> type) {
		if (type.isEnum()) {
			// toString, not name: an enum written by its code (CptCode "97110") says the
			// code
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "must be a list";
		}
		String scalar = scalar(type);
		if (scalar != null) {
			return scalar;
		}
		if (type.isRecord() || Map.class.isAssignableFrom(type) || !type.getPackageName().startsWith("java.")) {
			return "must be an object";
		}
		return WRONG_TYPE;
	}

	private static @Nullable String scalar(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class || type == BigInteger.class) {
			return "must be a whole number";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == BigDecimal.class) {
			return "must be a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type == String.class) {
			return "must be text";
		}
		if (type == UUID.class) {
			return "must be an id like 3f2b8c1e-5d4a-4b6f-9e0a-1c2d3e4f5a6b";
		}
		if (type == LocalDate.class) {
			return "must be a date like 2027-01-31";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "must be a date and time like 2027-01-31T09:30:00Z";
		}
		if (type == LocalDateTime.class) {
			return "must be a date and time like 2027-01-31T09:30";
		}
		if (type == LocalTime.class) {
			return "must be a time like 09:30";
		}
		if (type == ZoneId.class) {
			return "must be a time zone like Europe/Lisbon";
		}
		return null;
	}

}

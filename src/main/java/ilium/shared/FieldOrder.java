package ilium.shared;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException.FieldError;

/**
 * The order invalid fields are listed in: the order the request body's record declares
 * them, so a client (and a person reading a form) sees the same list for the same
 * mistakes every time; bean validation itself reports them in no fixed order. A nested
 * path ({@code exercisesPerformed[1].sets}) counts by its first segment; a field the body
 * does not declare comes last; ties go by path, then message.
 */
final class FieldOrder {

	private FieldOrder() {
	}

	/** The errors about a body of this type, in its declaration order. */
	static List<FieldError> sorted(List<FieldError> errors, @Nullable Class<?> body) {
		List<String> declared = declaredFields(body);
		Comparator<FieldError> order = Comparator.comparingInt((FieldError error) -> position(declared, error.field()))
			.thenComparing(FieldError::field)
			.thenComparing(FieldError::message);
		return errors.stream().sorted(order).toList();
	}

	private static int position(List<String> declared, String path) {
		int index = declared.indexOf(firstSegment(path));
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static String firstSegment(String path) {
		int end = path.length();
		for (char separator : new char[] { '.', '[' }) {
			int at = path.indexOf(separator);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return path.substring(0, end);
	}

	private static List<String> declaredFields(@Nullable Class<?> body) {
		if (body == null) {
			return List.of();
		}
		if (body.isRecord()) {
			return Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return Arrays.stream(body.getDeclaredFields()).map(Field::getName).toList();
	}

}

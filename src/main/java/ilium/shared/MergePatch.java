package ilium.shared;

import java.util.Comparator;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a JSON merge patch (RFC 7386) to a command record: a field left out stays, an
 * explicit {@code null} clears it, anything else replaces it. The result is read and
 * validated exactly like a fresh request body, so a patch can never store what a create
 * would refuse (unknown fields, wrong types, NUL characters, bounds, required fields).
 */
@Component
public class MergePatch {

	private final JsonMapper json;

	private final Validator validator;

	MergePatch(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/**
	 * The current value with the patch applied, validated; 400 naming the field
	 * otherwise.
	 */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw ClinicException.badRequest("body", "must be a JSON object");
		}
		ObjectNode merged = json.valueToTree(current);
		merge(merged, (ObjectNode) patch);
		T result;
		try {
			result = json.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			throw ClinicException.badRequest(fieldOf(ex), messageOf(ex));
		}
		validator.validate(result)
			.stream()
			.min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
			.ifPresent(violation -> {
				throw ClinicException.badRequest(violation.getPropertyPath().toString(), violation.getMessage());
			});
		return result;
	}

	private static void merge(ObjectNode target, ObjectNode patch) {
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			JsonNode value = entry.getValue();
			if (value.isNull()) {
				target.putNull(entry.getKey());
			}
			else if (value.isObject() && target.get(entry.getKey()) instanceof ObjectNode nested) {
				merge(nested, (ObjectNode) value);
			}
			else {
				target.set(entry.getKey(), value);
			}
		}
	}

	private static String fieldOf(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	private static String messageOf(JacksonException ex) {
		return switch (ex) {
			case tools.jackson.databind.exc.UnrecognizedPropertyException unknown -> "is not a known field";
			case RejectedJsonValueException rejected -> rejected.reason();
			default -> "has the wrong type or format";
		};
	}

}

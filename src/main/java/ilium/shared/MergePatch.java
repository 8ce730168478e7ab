package ilium.shared;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import ilium.shared.ClinicException.FieldError;
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
			throw ClinicException.badRequest(JsonInputError.fieldOf(ex), JsonInputError.messageOf(ex));
		}
		List<FieldError> violations = validator.validate(result)
			.stream()
			.map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		// The first invalid field in declaration order, as a fresh body would list it
		FieldOrder.sorted(violations, type).stream().findFirst().ifPresent(first -> {
			throw ClinicException.badRequest(first.field(), first.message());
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

}

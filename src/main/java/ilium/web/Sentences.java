package ilium.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.web.ErrorResponseException;

import ilium.shared.ClinicException;

/**
 * A rule's refusal said as the clinic would say it next to the field: a sentence, not a
 * validator's message.
 */
final class Sentences {

	private Sentences() {
	}

	/** A service's field error ("must be at least 12 characters") as a sentence. */
	static String of(ClinicException.FieldError error) {
		return sentence(error.message());
	}

	/** A command's bean-validation rule as a sentence. */
	static String of(ConstraintViolation<?> violation) {
		String rule = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		var attributes = violation.getConstraintDescriptor().getAttributes();
		return switch (rule) {
			case "NotBlank", "NotNull" -> "Required.";
			case "Email" -> "Not an email address.";
			case "PastOrPresent" -> "Cannot be in the future.";
			case "Size" -> violation.getInvalidValue() instanceof CharSequence text
					&& text.length() < ((Number) attributes.get("min")).intValue()
							? "Too short: at least " + attributes.get("min") + " characters."
							: "Too long: at most " + attributes.get("max") + " characters.";
			default -> sentence(violation.getMessage());
		};
	}

	/**
	 * The rules a form's command breaks, each after its field ("sets: Required."), in one
	 * line for the form's refusal; {@code null} when it breaks none.
	 */
	static @Nullable String of(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map(violation -> violation.getPropertyPath() + ": " + of(violation))
			.sorted()
			.reduce((a, b) -> a + " " + b)
			.orElse(null);
	}

	/** What was typed into a text field, or {@code null} when nothing but spaces was. */
	static @Nullable String typed(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A module's refusal (the API's problem) as a page says it: its title, then its
	 * detail.
	 */
	static String of(ErrorResponseException refusal) {
		return refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail();
	}

	private static String sentence(String message) {
		return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
	}

}

package ilium.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Base of every business exception: carries its finished problem detail, so the advice
 * renders it as it is.
 */
public class ClinicException extends ErrorResponseException {

	protected ClinicException(HttpStatus status, String slug, String title, String detail) {
		super(status, Problems.of(status, slug, title, detail), null);
	}

	protected ClinicException(HttpStatus status, String slug, String title, String detail,
			Map<String, Object> properties) {
		this(status, slug, title, detail);
		properties.forEach(getBody()::setProperty);
	}

	/** 404 for a resource that does not exist (or that the caller may not know of). */
	public static ClinicException notFound(String what) {
		return new ClinicException(HttpStatus.NOT_FOUND, SharedProblems.NOT_FOUND, "Not found",
				"No such " + what + ".");
	}

	/** 409 for a transition the current state does not allow. */
	public static ClinicException conflict(String slug, String detail) {
		return new ClinicException(HttpStatus.CONFLICT, slug, "Conflict", detail);
	}

	/** 422 for a well-formed request that a clinic rule forbids. */
	public static ClinicException ruleViolated(String slug, String detail) {
		return new ClinicException(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Rule violated", detail);
	}

	/** 400 for a request value that no bean-validation annotation can express. */
	public static ClinicException badRequest(String field, String message) {
		ClinicException exception = new ClinicException(HttpStatus.BAD_REQUEST, SharedProblems.VALIDATION,
				"Invalid request", "The request has invalid fields.");
		exception.getBody().setProperty("errors", java.util.List.of(new FieldError(field, message)));
		return exception;
	}

	/** One invalid field of a request. */
	public record FieldError(String field, String message) {
	}

}

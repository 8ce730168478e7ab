package ilium.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * A problem an endpoint can answer beyond those its shape already says (400 for a body or
 * parameters, 401 and 403 for its security, 404 for an id in its path, 412 for
 * {@code If-Match}, 503 always: added to every operation of the OpenAPI document by
 * {@code OperationDocumentation}). Published as an {@code application/problem+json}
 * response of that status whose description names the {@code type}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

	HttpStatus status();

	/**
	 * The slug that ends the problem's {@code type} ({@link Problems#type}): a constant
	 * of the module's {@code <Module>Problems} or of {@link SharedProblems}.
	 */
	String type();

	/** When it is answered, in the clinic's words: "it overlaps another appointment". */
	String when();

	/** The container of repeated {@link ProblemResponse}s. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface List {

		ProblemResponse[] value();

	}

}

package ilium.shared;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page: whatever the container itself refuses (a request the
 * firewall rejects, a failure outside MVC) is answered as problem+json too, with no
 * exception text.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = refused(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(java.net.URI.create(ProblemResponses.safePath(uri == null ? "/" : uri.toString())));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/** The problem for a request the container refused with {@code status}. */
	static ProblemDetail refused(HttpStatus status) {
		return status.is5xxServerError()
				? Problems.of(status, SharedProblems.INTERNAL_ERROR, "Internal error",
						"Something went wrong on our side; it has been logged.")
				: Problems.of(status, slug(status), status.getReasonPhrase(), "The request was refused.");
	}

	private static String slug(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> SharedProblems.NOT_FOUND;
			case METHOD_NOT_ALLOWED -> SharedProblems.METHOD_NOT_ALLOWED;
			case CONTENT_TOO_LARGE -> SharedProblems.REQUEST_TOO_LARGE;
			case URI_TOO_LONG -> SharedProblems.URI_TOO_LONG;
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> SharedProblems.REQUEST_HEADER_FIELDS_TOO_LARGE;
			default -> SharedProblems.BAD_REQUEST;
		};
	}

}

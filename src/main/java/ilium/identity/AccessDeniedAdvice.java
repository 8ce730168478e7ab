package ilium.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised inside controllers and services (method security, ownership checks) get
 * the same 403 problem and audit line as refusals at the filter chain. The API's
 * controllers only: a page's refusal is a page (web's {@code PageFailures}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

	private final SecurityRefusals problems;

	AccessDeniedAdvice(SecurityRefusals problems) {
		this.problems = problems;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		problems.handle(request, response, ex);
	}

}

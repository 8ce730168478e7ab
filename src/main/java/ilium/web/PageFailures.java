package ilium.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

import ilium.shared.CurrentStaff;

/**
 * What goes wrong behind a page, said in the clinic's words on a page of its own
 * (WEB.md): the title and detail the JSON API would give as a problem, never an
 * exception's message, a class name or a stack trace. Ahead of the API's problem
 * handlers, for the pages' controllers only.
 */
@ControllerAdvice(basePackageClasses = PageFailures.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFailures {

	private static final Logger log = LoggerFactory.getLogger(PageFailures.class);

	@ExceptionHandler(ErrorResponseException.class)
	String refused(ErrorResponseException refusal, Model model, HttpServletResponse response) {
		return page(refusal.getStatusCode(), refusal.getBody().getTitle(), refusal.getBody().getDetail(), model,
				response);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	String unreadable(Model model, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "Invalid request", "The page's address or form has a value it cannot read.",
				model, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(Model model, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, "Not for your role", "This page is not open to your role.", model, response);
	}

	@ExceptionHandler(Exception.class)
	String failed(Exception failure, Model model, HttpServletResponse response) {
		log.error("A page failed ({})", failure.getClass().getSimpleName());
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"The page could not be shown. Nothing was changed; try again in a moment.", model, response);
	}

	private static String page(HttpStatusCode status, String title, String detail, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("title", title);
		model.addAttribute("detail", detail);
		model.addAttribute("status", status.value());
		model.addAttribute("staff", CurrentStaff.get().orElse(null));
		return "app/problem";
	}

}

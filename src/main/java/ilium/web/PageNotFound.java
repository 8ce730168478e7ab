package ilium.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import ilium.shared.CurrentStaff;

/**
 * An address under {@code /app} that no page answers (a mistyped or an old bookmark) is a
 * page in the clinic's words, as every other failure behind a page is
 * ({@link PageFailures}); anywhere else it stays the API's problem+json 404. A resolver
 * ahead of Spring MVC's own, because no page controller is involved to scope an advice
 * to.
 */
@Component
class PageNotFound implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception failure) {
		boolean unknown = failure instanceof NoHandlerFoundException || failure instanceof NoResourceFoundException;
		if (!unknown || !request.getRequestURI().startsWith("/app/")) {
			return null;
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		ModelAndView page = new ModelAndView("app/problem", HttpStatus.NOT_FOUND);
		page.addObject("title", "Page not found");
		page.addObject("detail", "There is no page at this address. Go back to the start and find it from there.");
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("staff", CurrentStaff.get().orElse(null));
		return page;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

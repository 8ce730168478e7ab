package ilium.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on failures that escape everything else, above all those raised in the
 * security filters before MVC's advice is reached: reading the signed-in account when
 * PostgreSQL is down must answer 503, not 401 or an error page. Anything else becomes the
 * usual 500 problem; the cause is logged, never sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UnhandledFailureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnhandledFailureFilter.class);

	private final ProblemResponses problems;

	UnhandledFailureFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			if (DatabaseUnavailable.causes(ex)) {
				log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
				response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
				problems.write(request, response, DatabaseUnavailable.problem());
				return;
			}
			log.error("Unexpected failure", ex);
			problems.write(request, response,
					Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, SharedProblems.INTERNAL_ERROR, "Internal error",
							"Something went wrong on our side; it has been logged."));
		}
	}

}

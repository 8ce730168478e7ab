package ilium.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code ilium.security.max-request-bytes} (1 MiB by
 * default) with 413 before anything reads them. Bodies sent without a length are capped
 * while read, and the excess is answered 413 as well (see {@link ApiExceptionHandler}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemResponses problems;

	RequestSizeLimitFilter(@Value("${ilium.security.max-request-bytes:1048576}") long maxBytes,
			ProblemResponses problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, tooLarge(maxBytes));
			return;
		}
		chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
	}

	static ProblemDetail tooLarge(long maxBytes) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, SharedProblems.REQUEST_TOO_LARGE, "Request too large",
				"The request body is larger than " + maxBytes + " bytes.");
	}

}

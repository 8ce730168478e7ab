package ilium.shared;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem and one log line that quotes nothing, what Tomcat lets
 * through but nothing here can read: a query string or a form body that is not UTF-8 (a
 * Latin-1 {@code %E9}), is badly percent-encoded ({@code %zz}) or holds more than
 * Tomcat's 1000 parameters (Tomcat would throw from whichever code first asks for a
 * parameter, quoting the value in the message), and a header value with a byte outside
 * printable ASCII (a control character or a Latin-1 byte in {@code Content-Type} or
 * {@code Idempotency-Key}). Runs right after the security headers are set, before
 * anything reads the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestHygieneFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestHygieneFilter.class);

	private final ProblemResponses problems;

	RequestHygieneFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = refusal(request);
		if (refusal != null) {
			log.info("Request refused: {}", refusal);
			problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, SharedProblems.MALFORMED_REQUEST,
					"Malformed request", "The request " + refusal + "."));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String refusal(HttpServletRequest request) {
		Enumeration<String> names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			Enumeration<String> values = request.getHeaders(name);
			while (values.hasMoreElements()) {
				if (!printable(values.nextElement())) {
					return "has a header with a character that is not printable ASCII";
				}
			}
		}
		try {
			// Parses the query string and a form body (the pages' forms, the sign-in
			// form)
			// now, while a failure can still be answered cleanly: later, Tomcat would
			// throw
			// from whichever filter first asks for a parameter (the CSRF check, the
			// sign-in)
			// and the request would end as a 500.
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			return "has a query string or form that is not UTF-8, is not well encoded or has too many parameters";
		}
		return null;
	}

	/**
	 * Visible ASCII, space and tab only (RFC 9110 allows more; nothing here needs it).
	 */
	static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t') || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}

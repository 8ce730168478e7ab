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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem and one log line that quotes nothing, what Tomcat lets
 * through but nothing here can read: a query string that is not UTF-8 (a Latin-1
 * {@code %E9}) or holds more than Tomcat's 1000 parameters (Tomcat would throw from
 * whichever code first asks for a parameter, quoting the value in the message), and a
 * header value with a byte outside printable ASCII (a control character or a Latin-1 byte
 * in {@code Content-Type} or {@code Idempotency-Key}). Runs right after the security
 * headers are set, before anything reads the request.
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
		if (!isForm(request)) {
			try {
				// Parses the query string now, while a failure can still be answered
				// cleanly. A form body is left to whoever reads it (no endpoint takes
				// one).
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				return "has a query string that is not UTF-8 or has too many parameters";
			}
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

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}

package ilium.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries, set first so that even answers written before the
 * security filters (413, CORS refusals, 503) have them: no MIME sniffing, never framed,
 * and API responses, JSON or FHIR (which may hold patient data), are never stored by a
 * browser or a proxy. Spring Security adds the same for what passes its filters; it keeps
 * these. {@link ProblemReportValve} sets them on what Tomcat refuses before any filter
 * runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		harden(response, request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/fhir/"));
		chain.doFilter(request, response);
	}

	/**
	 * Sets the headers on {@code response}; {@code neverStore} for answers that may hold
	 * patient data (and for refusals, which are never worth keeping).
	 */
	static void harden(HttpServletResponse response, boolean neverStore) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		if (neverStore) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

package ilium.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access: closed unless {@code ilium.cors.allowed-origins} names the origins
 * of the clinic's own web front ends. A browser page from any other origin gets a 403
 * problem, preflight or not; same-origin requests and non-browser clients (which send no
 * {@code Origin}) are not affected. Bearer tokens travel in a header, never in cookies,
 * so credentials are not allowed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CrossOriginFilter extends CorsFilter {

	CrossOriginFilter(@Value("${ilium.cors.allowed-origins:}") List<String> allowedOrigins, ProblemResponses problems) {
		super(source(allowedOrigins));
		setCorsProcessor(new ProblemRefusingProcessor(problems));
	}

	private static UrlBasedCorsConfigurationSource source(List<String> allowedOrigins) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
				HttpHeaders.IF_MATCH, "Idempotency-Key"));
		configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	/**
	 * Refuses a cross-origin request with the usual 403 problem instead of plain text.
	 */
	private static final class ProblemRefusingProcessor extends DefaultCorsProcessor {

		private final ProblemResponses problems;

		ProblemRefusingProcessor(ProblemResponses problems) {
			this.problems = problems;
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			if (response instanceof ServletServerHttpResponse servlet) {
				problems.write(servlet.getServletResponse(),
						Problems.of(HttpStatus.FORBIDDEN, SharedProblems.CROSS_ORIGIN_REFUSED, "Forbidden",
								"Requests from this origin are not allowed."));
				return;
			}
			super.rejectRequest(response);
		}

	}

}

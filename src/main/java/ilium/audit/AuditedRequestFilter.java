package ilium.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.stereotype.Component;

/**
 * The backstop of {@link AuditedBeforeAnswer}: a request that queued read lines and
 * answered without a body (a {@code 304 Not Modified}, which sends nothing of the record)
 * does not end before they are durable either.
 */
@Component
class AuditedRequestFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditedRequestFilter.class);

	private final AuditProperties properties;

	AuditedRequestFilter(AuditProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		try {
			ReadLinesOfRequest.awaitAll(properties.durableWithin());
		}
		catch (AuditTrailUnavailable ex) {
			log.warn("Audit lines of a bodiless answer to {} could not be written", request.getMethod());
		}
	}

}

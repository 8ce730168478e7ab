package ilium.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Holds every response body back until the audit lines of the reads behind it are
 * durable. When they cannot be written, the {@link AuditTrailUnavailable} thrown here
 * replaces the body with a 503 problem: the record is never sent unaudited.
 */
@ControllerAdvice
class AuditedBeforeAnswer implements ResponseBodyAdvice<Object> {

	private final AuditProperties properties;

	AuditedBeforeAnswer(AuditProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		ReadLinesOfRequest.awaitAll(properties.durableWithin());
		return body;
	}

}

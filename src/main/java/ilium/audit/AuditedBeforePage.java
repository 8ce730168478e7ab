package ilium.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link AuditedBeforeAnswer} for the pages (WEB.md): a page is rendered only once the
 * audit lines of the reads behind it are durable. It waits after the controller and
 * before the view writes a byte; when the lines cannot be written, the
 * {@link AuditTrailUnavailable} thrown here is answered as a 503 page instead.
 */
@Configuration(proxyBeanMethods = false)
class AuditedBeforePage implements WebMvcConfigurer, HandlerInterceptor {

	private final AuditProperties properties;

	AuditedBeforePage(AuditProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/app/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		ReadLinesOfRequest.awaitAll(properties.durableWithin());
	}

}

package ilium.identity;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Session's filter, which looks up a request's session in PostgreSQL, runs for the
 * pages only ({@code /app} and below, the paths of the pages' security chain). The JSON
 * and FHIR APIs are stateless: a bearer token on every request, no session ever read or
 * created. Spring Boot registers the filter for every request, where it wrapped each API
 * request and response in its own wrappers for nothing.
 */
@Configuration(proxyBeanMethods = false)
class PageSessionsOnly {

	/** The pages' paths, as servlet URL patterns ({@code /app/*} covers {@code /app}). */
	static final List<String> PAGES = List.of("/app/*");

	@Bean
	static BeanPostProcessor sessionFilterForPagesOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "sessionRepositoryFilterRegistration".equals(name)) {
					registration.setUrlPatterns(PAGES);
				}
				return bean;
			}

		};
	}

}

package ilium.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The filter that writes the version into the pages' links to WebJars
 * ({@code /webjars/htmx.org/dist/htmx.min.js} becomes the path of the version on the
 * class path) runs for the pages only. Spring Boot registers it for every request, where
 * it wrapped each API and FHIR request and stored attributes through it: about a
 * twentieth of a patient read's CPU, for answers that hold no link. Declaring it here,
 * for {@code /app/*}, replaces Boot's registration.
 */
@Configuration(proxyBeanMethods = false)
class PageLinkVersions {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.addUrlPatterns("/app/*");
		return registration;
	}

}

package ilium.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One {@link FhirContext} for the service (building it scans every R4 structure: done
 * once), the converter that writes HAPI resources, and the {@code _format} check on the
 * FHIR path.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration implements WebMvcConfigurer {

	@Bean
	static FhirContext fhirContext() {
		return FhirContext.forR4Cached();
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.addFirst(new FhirJsonConverter(fhirContext()));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FhirFormat()).addPathPatterns(Fhir.BASE + "/**");
	}

}

package ilium.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One {@link FhirContext} for the service, the converter that writes HAPI resources, and
 * the {@code _format} check on the FHIR path. The context uses HAPI's deferred model
 * scanning: a structure's child definitions are built when first needed, not all at once
 * when its type is first seen, so the service holds the definitions of what it writes (a
 * few of R4's resource types) rather than of everything they could contain.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration implements WebMvcConfigurer {

	@Bean
	static FhirContext fhirContext() {
		FhirContext context = FhirContext.forR4Cached();
		context.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
		return context;
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

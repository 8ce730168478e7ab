package ilium.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Stateless bearer-token security. Everything under {@code /api} and {@code /fhir} needs
 * a token except sign-in and the FHIR CapabilityStatement; which role may do what is
 * declared on each controller with {@code @PreAuthorize}, next to the endpoint it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, StaffAuthenticationConverter staffConverter, SecurityRefusals problems)
			throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, ApiBearerToken.FHIR_METADATA)
				.permitAll()
				.requestMatchers("/fhir/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(new ApiBearerToken())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(staffConverter))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Spring Security's own observations off, not merely filtered out: while an
	 * observation registry exists it wraps each of its filters, and its authentication
	 * and authorization managers, in an observation, about a seventh of a patient read's
	 * CPU even when every one of them is a no-op. The request itself stays observed
	 * ({@code http.server.requests}), and security failures are in the audit trail.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The default firewall, with its header-value rule (every character assigned, none a
	 * control character) checked character by character instead of by a regular
	 * expression on every header read.
	 */
	@Bean
	static HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
		return firewall;
	}

	static boolean assignedAndNotControl(String value) {
		return value.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c));
	}

}

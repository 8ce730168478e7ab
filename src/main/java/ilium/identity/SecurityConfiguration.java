package ilium.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two doors, one set of accounts and role rules. The API: stateless bearer tokens;
 * everything under {@code /api} and {@code /fhir} needs a token except sign-in and the
 * FHIR CapabilityStatement. The pages under {@code /app} (WEB.md): a sign-in form, a
 * session kept in PostgreSQL, CSRF tokens on every form, a strict
 * Content-Security-Policy. Which role may do what is declared on each controller with
 * {@code @PreAuthorize}, next to the endpoint it guards, whichever door a request came
 * through.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Pages: nothing from anywhere but this service, no inline script or style, never
	 * framed, forms post only here (WEB.md).
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, PageSignIn signIn, SignedInAccounts accounts) throws Exception {
		PageRefusals pageRefusals = new PageRefusals();
		http.securityMatcher("/app", "/app/**")
			.authenticationManager(new ProviderManager(signIn))
			.formLogin(form -> form.loginPage("/app/login")
				.loginProcessingUrl("/app/login")
				.authenticationDetailsSource(signIn::offeredFrom)
				.defaultSuccessUrl("/app", true)
				.failureHandler(SecurityConfiguration::signInRefused))
			.logout(logout -> logout.logoutUrl("/app/logout").logoutSuccessUrl("/app/login?signedOut"))
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/app/login", "/app/assets/**", PageRefusals.FORM_REFUSED)
						.permitAll()
						.anyRequest()
						.authenticated())
			.addFilterAfter(new PageSessionCheck(accounts), SecurityContextHolderFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(pageRefusals).accessDeniedHandler(pageRefusals))
			.httpBasic(basic -> basic.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)));
		return http.build();
	}

	private static void signInRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refusal) throws IOException {
		String query = refusal instanceof PageSignIn.Throttled throttled ? "retryAfter=" + throttled.retryAfterSeconds()
				: "error";
		response.sendRedirect(request.getContextPath() + "/app/login?" + query);
	}

	@Bean
	@Order(2)
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
		// A loop, not codePoints().allMatch: this runs on every header read of every
		// request.
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			if (!Character.isDefined(c) || Character.isISOControl(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

}

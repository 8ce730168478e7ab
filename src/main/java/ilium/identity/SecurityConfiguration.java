package ilium.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer-token security. Everything under {@code /api} needs a token except
 * sign-in; which role may do what is declared on each controller with
 * {@code @PreAuthorize}, next to the endpoint it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, StaffAuthenticationConverter staffConverter, SecurityProblems problems)
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
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(tokensOnTheApiOnly())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(staffConverter))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Reads a bearer token only where one is needed: on the API, but not on sign-in. A
	 * front end that still sends its expired token when it signs in again, or a probe
	 * that sends one to the health endpoint, is not refused for a token it did not need.
	 */
	static BearerTokenResolver tokensOnTheApiOnly() {
		DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		RequestMatcher signIn = PathPatternRequestMatcher.pathPattern("/api/v1/auth/token");
		return request -> api.matches(request) && !signIn.matches(request) ? bearer.resolve(request) : null;
	}

}

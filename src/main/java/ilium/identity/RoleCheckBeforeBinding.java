package ilium.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * API.md: every request is authorised before its body or parameters are read. The role
 * rule of an endpoint stays where its module declares it ({@code @PreAuthorize} on the
 * controller or its method), but it is evaluated here, once the handler is known and
 * before Spring MVC reads, converts or validates anything: a role that may not call the
 * endpoint gets 403 and a DENIED audit line, never a 400 describing the body. The
 * annotation still guards the method call itself as a second line.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheckBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**", "/fhir/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			// Role expressions never look at arguments, so the call is checked without
			// them.
			SimpleMethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod());
			AuthorizationResult result = roles.authorize(SecurityContextHolder.getContext()::getAuthentication, call);
			if (result != null && !result.isGranted()) {
				throw new AuthorizationDeniedException("Access Denied", result);
			}
		}
		return true;
	}

}

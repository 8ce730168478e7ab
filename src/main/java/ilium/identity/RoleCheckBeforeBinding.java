package ilium.identity;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
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
 * <p>
 * A rule that names only roles ({@code hasRole('THERAPIST')},
 * {@code hasAnyRole('ADMIN', 'FRONT_DESK')}) gives the same verdict for every caller with
 * the same authorities, so its verdict is kept by endpoint and authorities once reached:
 * evaluating the expression was about a twentieth of a patient read's CPU. Any other rule
 * is evaluated on every request.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheckBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	/** A rule that reads nothing but the caller's roles. */
	static final Pattern ROLES_ONLY = Pattern.compile("has(Any)?Role\\('[A-Z_]+'(, *'[A-Z_]+')*\\)");

	private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

	/** Whether each endpoint's rule, on its method and on its class, names only roles. */
	private final Map<Method, Boolean> rolesOnly = new ConcurrentHashMap<>();

	/** The verdicts of rules that name only roles, by endpoint and authorities. */
	private final Map<Asked, AuthorizationResult> verdicts = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**", "/fhir/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			AuthorizationResult result = (caller != null && namesOnlyRoles(method)) ? verdicts
				.computeIfAbsent(new Asked(method.getMethod(), authoritiesOf(caller)), asked -> verdict(method, caller))
					: verdict(method, caller);
			if (result != null && !result.isGranted()) {
				throw new AuthorizationDeniedException("Access Denied", result);
			}
		}
		return true;
	}

	private @Nullable AuthorizationResult verdict(HandlerMethod method, @Nullable Authentication caller) {
		// Role expressions never look at arguments, so the call is checked without them.
		SimpleMethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod());
		return roles.authorize(() -> caller, call);
	}

	private boolean namesOnlyRoles(HandlerMethod method) {
		return rolesOnly.computeIfAbsent(method.getMethod(), endpoint -> {
			PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(endpoint, PreAuthorize.class);
			PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
			return (onMethod != null || onClass != null) && namesOnlyRoles(onMethod) && namesOnlyRoles(onClass);
		});
	}

	private static boolean namesOnlyRoles(@Nullable PreAuthorize rule) {
		return rule == null || ROLES_ONLY.matcher(rule.value()).matches();
	}

	private static Set<String> authoritiesOf(Authentication caller) {
		Set<String> names = new HashSet<>();
		caller.getAuthorities().forEach(authority -> names.add(authority.getAuthority()));
		return names;
	}

	/** An endpoint asked by a caller with these authorities. */
	record Asked(Method endpoint, Set<String> authorities) {
	}

}

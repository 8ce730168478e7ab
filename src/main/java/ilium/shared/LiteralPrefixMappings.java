package ilium.shared;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC finds the handler of a path with a variable ({@code /api/v1/patients/{id}})
 * by testing every one of the service's mappings (some 300) against the request, and each
 * test first reads the method and the CORS headers through the security filters' request
 * wrappers: about a sixth of a patient read's CPU. Here a mapping is passed over before
 * those tests when none of its patterns has the request path's shape: its literal
 * beginning (everything before its first <code>{</code>, <code>*</code> or
 * <code>?</code>) and, unless it spans segments ({@code **}, <code>{*rest}</code>), as
 * many {@code /} as the path. It only ever passes over a mapping Spring would not have
 * matched: patterns match literal text exactly (case and trailing slash included), a
 * variable or a wildcard inside a segment never matches a {@code /}, and a path Spring
 * decodes or strips before matching (one with {@code %} or {@code ;}) takes the whole way
 * as before.
 */
@Configuration(proxyBeanMethods = false)
class LiteralPrefixMappings implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new PrefixCheckedMapping();
	}

	static final class PrefixCheckedMapping extends RequestMappingHandlerMapping {

		/**
		 * The shapes of each mapping's patterns, by the mapping itself (built once, when
		 * the controllers are registered; a mapping added later is tested the whole way).
		 */
		private volatile Map<RequestMappingInfo, Shape[]> shapes = Map.of();

		/**
		 * The path of the lookup under way on this thread, when it may be checked: read
		 * once per request rather than once per mapping tested.
		 */
		private final ThreadLocal<@Nullable Path> lookedUp = new ThreadLocal<>();

		@Override
		protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
			super.handlerMethodsInitialized(handlerMethods);
			Map<RequestMappingInfo, Shape[]> byMapping = new IdentityHashMap<>();
			handlerMethods.keySet().forEach(info -> byMapping.put(info, shapesOf(info)));
			this.shapes = byMapping;
		}

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			Path outer = lookedUp.get();
			lookedUp.set(checkablePath(request));
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				lookedUp.set(outer);
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			Path path = lookedUp.get();
			Shape[] patterns = path == null ? null : shapes.get(info);
			if (patterns != null && !path.fitsAny(patterns)) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		private static @Nullable Path checkablePath(HttpServletRequest request) {
			if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
				return null;
			}
			String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
			return path.indexOf('%') < 0 && path.indexOf(';') < 0 ? new Path(path, slashes(path)) : null;
		}

	}

	static Shape[] shapesOf(RequestMappingInfo info) {
		if (info.getPatternValues().isEmpty()) {
			return new Shape[] { new Shape("", Shape.ANY_SEGMENTS) };
		}
		return info.getPatternValues().stream().map(Shape::of).toArray(Shape[]::new);
	}

	static String literalPrefix(String pattern) {
		int end = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?') {
				end = i;
				break;
			}
		}
		return pattern.substring(0, end);
	}

	static int slashes(String path) {
		int count = 0;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '/') {
				count++;
			}
		}
		return count;
	}

	/**
	 * What a path must have for a pattern to match it: the pattern's literal beginning
	 * and its number of {@code /}, or any number ({@link #ANY_SEGMENTS}) when it spans
	 * segments.
	 */
	record Shape(String prefix, int slashes) {

		static final int ANY_SEGMENTS = -1;

		static Shape of(String pattern) {
			boolean spans = pattern.contains("**") || pattern.contains("{*");
			return new Shape(literalPrefix(pattern), spans ? ANY_SEGMENTS : LiteralPrefixMappings.slashes(pattern));
		}

	}

	/** A request path and its number of {@code /}. */
	record Path(String value, int slashes) {

		boolean fitsAny(Shape[] shapes) {
			for (Shape shape : shapes) {
				if ((shape.slashes() == Shape.ANY_SEGMENTS || shape.slashes() == slashes)
						&& value.startsWith(shape.prefix())) {
					return true;
				}
			}
			return false;
		}

	}

}

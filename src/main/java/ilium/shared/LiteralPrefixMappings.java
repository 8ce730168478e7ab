package ilium.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>
 * Most requests take a shorter way still: the mappings are filed by the number of
 * {@code /} their paths have, so a lookup tests only the few of its own number whose
 * literal beginning the path has, and when exactly one of those matches, it is the
 * handler. Only a path that none or several match (a 404, 405, 406 or 415, or a choice
 * Spring must rank) goes through all of them. The short way cut finding the handler from
 * about a seventh of a patient read's CPU to a twentieth.
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
		 * The mappings by the number of {@code /} of the paths they may match, for the
		 * short way; null once a mapping was added or removed after start (every lookup
		 * then takes the whole way).
		 */
		private volatile @Nullable Candidates candidates;

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
			this.candidates = Candidates.of(handlerMethods);
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
			this.candidates = null;
			super.registerMapping(mapping, handler, method);
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			this.candidates = null;
			super.unregisterMapping(mapping);
		}

		/** Whether lookups may take the short way (tests compare both ways). */
		void takeTheShortWay(boolean shortWay) {
			this.candidates = shortWay ? Candidates.of(getHandlerMethods()) : null;
		}

		/**
		 * The short way: the mappings that may match a path of this number of {@code /}
		 * and this beginning are tested, and when exactly one of them matches it is the
		 * handler, as Spring's lookup would have found (a mapping passed over never
		 * matches). None or several: the whole way, so that Spring ranks several matches,
		 * and answers a path nothing matches (404, 405, 406 or 415), exactly as before.
		 */
		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			Path path = checkablePath(request);
			Candidates known = this.candidates;
			if (path != null && known != null) {
				HandlerMethod only = onlyMatch(known.mayMatch(path), lookupPath, request);
				if (only != null) {
					return only;
				}
			}
			Path outer = lookedUp.get();
			lookedUp.set(path);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				lookedUp.set(outer);
			}
		}

		private @Nullable HandlerMethod onlyMatch(List<Candidate> candidates, String lookupPath,
				HttpServletRequest request) {
			RequestMappingInfo matched = null;
			HandlerMethod handler = null;
			for (Candidate candidate : candidates) {
				RequestMappingInfo match = super.getMatchingMapping(candidate.info(), request);
				if (match != null) {
					if (matched != null) {
						return null;
					}
					matched = match;
					handler = candidate.handler();
				}
			}
			if (matched == null) {
				return null;
			}
			// What Spring's lookup does with its one match.
			request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
			handleMatch(matched, lookupPath, request);
			return handler;
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

	/** A mapping, its handler and the shapes of its patterns. */
	record Candidate(RequestMappingInfo info, HandlerMethod handler, Shape[] shapes) {
	}

	/**
	 * Every mapping, filed under each number of {@code /} a path it matches may have: a
	 * mapping whose pattern spans segments under every number, and alone in
	 * {@code spanning}, the list for a number no pattern has.
	 */
	record Candidates(Map<Integer, List<Candidate>> bySlashes, List<Candidate> spanning) {

		static Candidates of(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
			List<Candidate> all = new ArrayList<>();
			handlerMethods.forEach((info, handler) -> all.add(new Candidate(info, handler, shapesOf(info))));
			Set<Integer> counts = new TreeSet<>();
			all.forEach(candidate -> Arrays.stream(candidate.shapes()).forEach(shape -> counts.add(shape.slashes())));
			counts.remove(Shape.ANY_SEGMENTS);
			Map<Integer, List<Candidate>> bySlashes = new HashMap<>();
			for (int count : counts) {
				bySlashes.put(count, all.stream().filter(candidate -> fileUnder(candidate, count)).toList());
			}
			List<Candidate> spanning = all.stream()
				.filter(candidate -> fileUnder(candidate, Shape.ANY_SEGMENTS))
				.toList();
			return new Candidates(Map.copyOf(bySlashes), spanning);
		}

		private static boolean fileUnder(Candidate candidate, int count) {
			for (Shape shape : candidate.shapes()) {
				if (shape.slashes() == Shape.ANY_SEGMENTS || shape.slashes() == count) {
					return true;
				}
			}
			return false;
		}

		/** The mappings a path has the shape of: those Spring could match. */
		List<Candidate> mayMatch(Path path) {
			List<Candidate> filed = bySlashes.getOrDefault(path.slashes(), spanning);
			List<Candidate> fitting = new ArrayList<>(4);
			for (Candidate candidate : filed) {
				if (path.fitsAny(candidate.shapes())) {
					fitting.add(candidate);
				}
			}
			return fitting;
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

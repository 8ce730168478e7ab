package ilium.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LiteralPrefixMappings} passes over mappings before Spring tests them; it must
 * never pass over one Spring would match. For every pattern the service maps, a request
 * on a path built from it still reaches that very pattern.
 */
@HttpTest
class LiteralPrefixMappingsTests {

	private static final String SAMPLE = "00000000-0000-4000-8000-000000000001";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void isTheMappingSpringMvcUses() {
		assertThat(mappings).isInstanceOf(LiteralPrefixMappings.PrefixCheckedMapping.class);
	}

	@Test
	void everyMappedPatternIsStillReachedByAPathOfItsOwn() throws Exception {
		List<String> lost = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
			for (String pattern : info.getPatternValues()) {
				MockHttpServletRequest request = new MockHttpServletRequest(method, pathOf(pattern));
				info.getConsumesCondition()
					.getConsumableMediaTypes()
					.stream()
					.findFirst()
					.ifPresent(type -> request.setContentType(type.toString()));
				ServletRequestPathUtils.parseAndCache(request);
				HandlerExecutionChain handler = mappings.getHandler(request);
				Object reached = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
				if (handler == null || !pattern.equals(reached)) {
					lost.add(method + " " + pattern + " reached " + reached);
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(100);
		assertThat(lost).isEmpty();
	}

	/**
	 * The short way finds what the whole way finds: the same handler, pattern and path
	 * variables, or the same refusal, for every mapped path asked with every method, with
	 * and without a JSON body.
	 */
	@Test
	void theShortWayFindsWhatTheWholeWayFinds() {
		List<String> requests = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
					requests.add(method + " " + pathOf(pattern));
				}
			}
		}
		LiteralPrefixMappings.PrefixCheckedMapping prefixChecked = (LiteralPrefixMappings.PrefixCheckedMapping) mappings;
		List<String> shortWay = new ArrayList<>();
		List<String> wholeWay = new ArrayList<>();
		try {
			prefixChecked.takeTheShortWay(false);
			requests.forEach(request -> wholeWay.add(found(request, true)));
			requests.forEach(request -> wholeWay.add(found(request, false)));
		}
		finally {
			prefixChecked.takeTheShortWay(true);
		}
		requests.forEach(request -> shortWay.add(found(request, true)));
		requests.forEach(request -> shortWay.add(found(request, false)));

		assertThat(requests).hasSizeGreaterThan(600);
		assertThat(shortWay).containsExactlyElementsOf(wholeWay);
	}

	private String found(String methodAndPath, boolean jsonBody) {
		String[] parts = methodAndPath.split(" ", 2);
		MockHttpServletRequest request = new MockHttpServletRequest(parts[0], parts[1]);
		if (jsonBody) {
			request.setContentType("application/json");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mappings.getHandler(request);
			return methodAndPath + " -> " + (chain == null ? "none" : chain.getHandler()) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		}
		catch (Exception refused) {
			return methodAndPath + " -> " + refused.getClass().getSimpleName();
		}
	}

	@Test
	void takesTheLiteralBeginningOfAPattern() {
		assertThat(LiteralPrefixMappings.literalPrefix("/api/v1/patients/{id}")).isEqualTo("/api/v1/patients/");
		assertThat(LiteralPrefixMappings.literalPrefix("/api/v1/patients")).isEqualTo("/api/v1/patients");
		assertThat(LiteralPrefixMappings.literalPrefix("/webjars/**")).isEqualTo("/webjars/");
		assertThat(LiteralPrefixMappings.literalPrefix("/{id}/x")).isEqualTo("/");
	}

	@Test
	void passesOverAPatternOfAnotherNumberOfSegmentsUnlessItSpansSegments() {
		LiteralPrefixMappings.Path read = new LiteralPrefixMappings.Path("/api/v1/patients/" + SAMPLE, 4);

		assertThat(read.fitsAny(new LiteralPrefixMappings.Shape[] {
				LiteralPrefixMappings.Shape.of("/api/v1/patients/{id}/treatment-plans") }))
			.isFalse();
		assertThat(read
			.fitsAny(new LiteralPrefixMappings.Shape[] { LiteralPrefixMappings.Shape.of("/api/v1/patients/{id}") }))
			.isTrue();
		assertThat(read.fitsAny(new LiteralPrefixMappings.Shape[] { LiteralPrefixMappings.Shape.of("/api/v1/**") }))
			.isTrue();
		assertThat(
				read.fitsAny(new LiteralPrefixMappings.Shape[] { LiteralPrefixMappings.Shape.of("/api/v1/{*rest}") }))
			.isTrue();
	}

	private static String pathOf(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "rest").replaceAll("\\{[^}]+}", SAMPLE).replace("**", "x");
	}

}

package ilium.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at {@code /v3/api-docs} is complete: every endpoint the service
 * really maps is in it (and nothing else), each with a summary, a tag, its created status
 * and the problems it can answer, and only sign-in and the operations endpoints go
 * without a token. docs/openapi.json is that document, so that a reader of the repository
 * sees the contract without running anything; when they differ, the test writes the
 * served one to target/openapi.json.
 */
@HttpTest
class OpenApiDocumentTests {

	private static final Path COMMITTED = Path.of("docs", "openapi.json");

	private static final Path ACTUAL = Path.of("target", "openapi.json");

	private static final String SIGN_IN = "POST /api/v1/auth/token";

	/**
	 * The last path segment of each POST that acts on what exists (200) rather than
	 * creating something (201).
	 */
	private static final Set<String> ACTIONS = Set.of("token", "check-in", "complete", "no-show", "cancel", "activate",
			"resume", "discontinue", "sign", "clearance", "entered-in-error");

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	RestTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String served;

	JsonNode document;

	@BeforeEach
	void readTheDocument() {
		served = http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		document = JSON.readTree(served);
	}

	@Test
	void documentsExactlyTheEndpointsTheServiceMaps() {
		Set<String> mapped = new TreeSet<>(endpoints().keySet());
		Set<String> documented = new TreeSet<>(operations().keySet());
		documented.removeIf(operation -> operation.contains(" /actuator"));

		Set<String> undocumented = new TreeSet<>(mapped);
		undocumented.removeAll(documented);
		Set<String> unmapped = new TreeSet<>(documented);
		unmapped.removeAll(mapped);
		assertThat(undocumented).as("mapped by a controller but missing from /v3/api-docs").isEmpty();
		assertThat(unmapped).as("in /v3/api-docs but mapped by no controller").isEmpty();
	}

	@Test
	void everyOperationHasASummaryAndATag() {
		List<String> missing = new ArrayList<>();
		operations().forEach((operation, spec) -> {
			if (spec.path("summary").asString("").isBlank()) {
				missing.add(operation + ": no summary (@Operation(summary = \"...\") on the controller method)");
			}
			if (spec.path("tags").isEmpty()) {
				missing.add(operation + ": no tag (@Tag(name = \"...\") on the controller)");
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void everyPostThatCreatesAnswers201WithItsLocation() {
		List<String> wrong = new ArrayList<>();
		operations().forEach((operation, spec) -> {
			String path = operation.substring(operation.indexOf(' ') + 1);
			if (!operation.startsWith("POST ") || ACTIONS.contains(path.substring(path.lastIndexOf('/') + 1))) {
				return;
			}
			JsonNode created = spec.path("responses").path("201");
			if (created.isMissingNode() || spec.path("responses").has("200")) {
				wrong.add(operation + ": creates, so answers 201 (@ResponseStatus(HttpStatus.CREATED) on the method);"
						+ " if it acts on something instead, add its last path segment to ACTIONS in this test");
			}
			else if (created.path("headers").path("Location").isMissingNode()) {
				wrong.add(operation + ": 201 without a Location header");
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyOperationDocumentsTheProblemsItsShapeCanAnswer() {
		Map<String, HandlerMethod> endpoints = endpoints();
		List<String> missing = new ArrayList<>();
		operations().forEach((operation, spec) -> {
			if (operation.contains(" /actuator")) {
				return;
			}
			boolean secured = !spec.has("security") || !spec.path("security").isEmpty();
			HandlerMethod handler = endpoints.get(operation);
			expect(missing, operation, spec, "401", secured);
			expect(missing, operation, spec, "403",
					handler != null && !OperationDocumentation.roles(handler).isEmpty());
			expect(missing, operation, spec, "404", parameter(spec, "path", null));
			expect(missing, operation, spec, "412", parameter(spec, "header", "If-Match"));
			expect(missing, operation, spec, "400", spec.has("requestBody") || !spec.path("parameters").isEmpty());
			expect(missing, operation, spec, "503", true);
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void everyProblemIsProblemJson() {
		List<String> wrong = new ArrayList<>();
		operations().forEach((operation, spec) -> spec.path("responses").properties().forEach(response -> {
			if (response.getKey().compareTo("400") >= 0 && !operation.contains(" /actuator")
					&& !isProblem(resolved(response.getValue()))) {
				wrong.add(operation + " " + response.getKey() + ": not application/problem+json with ProblemDetail");
			}
		}));
		assertThat(wrong).isEmpty();
	}

	@Test
	void onlySignInAndTheOperationsEndpointsGoWithoutAToken() {
		assertThat(document.path("security").path(0).has("bearer")).isTrue();
		Set<String> open = new TreeSet<>();
		operations().forEach((operation, spec) -> {
			if (spec.has("security") && spec.path("security").isEmpty()) {
				open.add(operation);
			}
		});
		assertThat(open).contains(SIGN_IN, "GET /actuator/health", "GET /actuator/prometheus");
		assertThat(open).allMatch(operation -> operation.equals(SIGN_IN) || operation.contains(" /actuator"));
	}

	@Test
	void hidesTheErrorPage() {
		assertThat(document.path("paths").propertyNames()).noneMatch(path -> path.startsWith("/error"));
	}

	@Test
	void committedDocumentIsTheServedOne() throws IOException {
		String actual = JSON.writeValueAsString(document) + "\n";
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";

		if (!actual.equals(committed)) {
			Files.createDirectories(ACTUAL.getParent());
			Files.writeString(ACTUAL, actual);
		}

		assertThat(actual).as("""
				%s is not the document the service serves. If the change is meant, take the new one:
				  cp %s %s
				and commit it with the change.""", COMMITTED, ACTUAL, COMMITTED).isEqualTo(committed);
	}

	/** "METHOD /path" of every operation of the document. */
	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
			if (path.getValue().has(method)) {
				operations.put(method.toUpperCase() + " " + path.getKey(), path.getValue().path(method));
			}
		}));
		return operations;
	}

	/**
	 * "METHOD /path" of every endpoint Ilium's controllers map; the error page and the
	 * staff's pages under {@code /app} (WEB.md, not part of the API's contract) aside.
	 */
	private Map<String, HandlerMethod> endpoints() {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("ilium")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				// The FHIR API has its own contract (its CapabilityStatement,
				// docs/fhir.md); the
				// pages are no API.
				if (path.equals("/error") || path.equals("/app") || path.startsWith("/app/")
						|| path.startsWith("/fhir/")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.put("ANY " + path, handler);
				}
				methods.forEach(method -> endpoints.put(method.name() + " " + path, handler));
			}
		});
		return endpoints;
	}

	private void expect(List<String> missing, String operation, JsonNode spec, String status, boolean applies) {
		if (applies && !spec.path("responses").has(status)) {
			missing.add(operation + ": no " + status + " problem response");
		}
	}

	private static boolean parameter(JsonNode spec, String in, String name) {
		for (JsonNode parameter : spec.path("parameters")) {
			if (parameter.path("in").asString("").equals(in)
					&& (name == null || parameter.path("name").asString("").equalsIgnoreCase(name))) {
				return true;
			}
		}
		return false;
	}

	private JsonNode resolved(JsonNode response) {
		String ref = response.path("$ref").asString("");
		return ref.isEmpty() ? response : document.at(ref.substring(1));
	}

	private static boolean isProblem(JsonNode response) {
		return response.path("content")
			.path(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.path("schema")
			.path("$ref")
			.asString("")
			.equals("#/components/schemas/ProblemDetail");
	}

}

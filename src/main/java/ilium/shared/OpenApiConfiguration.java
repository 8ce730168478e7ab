package ilium.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The published contract at {@code /v3/api-docs} (committed as docs/openapi.json): every
 * endpoint but sign-in and the health and metrics endpoints takes a bearer token. Each
 * operation is completed by {@link OperationDocumentation}; the document is put in a
 * stable order, so that the committed copy changes only where the contract does
 * (OpenApiDocumentTests keeps both complete).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String OPERATIONS_TAG = "Operations";

	private static final Map<String, String> OPERATIONS_SUMMARIES = Map.of("/actuator", "List the operations endpoints",
			"/actuator/health",
			"Health: UP or DOWN; probes use /actuator/health/liveness and /actuator/health/readiness (the database)",
			"/actuator/info", "Read what the service says about itself", "/actuator/prometheus",
			"Read the metrics, in Prometheus format");

	static {
		// The PATCH bodies (MergePatch): Jackson's tree type would be described by its
		// getters, in no stable order.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new ObjectSchema().description(
					"A JSON merge patch (RFC 7396): only the fields that change; `null` clears an optional one."));
	}

	@Bean
	OpenAPI iliumOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Ilium API")
				.version("v1")
				.description("Practice management for physical-therapy clinics that treat sacroiliac joint pain. "
						+ "The same records as FHIR R4 are served under /fhir/r4, described by its "
						+ "CapabilityStatement (GET /fhir/r4/metadata) and docs/fhir.md, not here."))
			.servers(List.of(new Server().url("/").description("This service")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OperationCustomizer operationDocumentation() {
		return new OperationDocumentation();
	}

	@Bean
	OpenApiCustomizer stableDocument() {
		return openApi -> {
			ProblemDocumentation.addTo(openApi.getComponents());
			Paths paths = new Paths();
			new TreeMap<>(openApi.getPaths()).forEach(paths::addPathItem);
			openApi.setPaths(paths);
			documentOperationsEndpoints(openApi);
			Components components = openApi.getComponents();
			components.setSchemas(sorted(components.getSchemas()));
			components.setResponses(sorted(components.getResponses()));
			openApi.setTags(openApi.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
		};
	}

	/**
	 * Health and metrics (API.md, Operations) are for the people who run the service: no
	 * token, one tag, summaries in the same words as the rest.
	 */
	private static void documentOperationsEndpoints(OpenAPI openApi) {
		openApi.getPaths().forEach((path, item) -> {
			String summary = OPERATIONS_SUMMARIES.get(path);
			if (summary == null) {
				return;
			}
			item.readOperations().forEach(operation -> {
				operation.summary(summary).tags(List.of(OPERATIONS_TAG)).setSecurity(List.of());
				if (path.equals("/actuator/health")) {
					operation.getResponses()
						.addApiResponse("503", new ApiResponse().description(
								"DOWN: a component the service needs (for readiness, the database) is not healthy"));
				}
			});
		});
		List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
		tags.removeIf(tag -> tag.getName().equals("Actuator"));
		tags.add(new Tag().name(OPERATIONS_TAG)
			.description("Health and metrics for the people who run the service; no token needed."));
		openApi.setTags(tags);
	}

	private static <V> Map<String, V> sorted(Map<String, V> map) {
		return map == null ? new TreeMap<>() : new TreeMap<>(map);
	}

}

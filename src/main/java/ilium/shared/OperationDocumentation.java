package ilium.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes every operation of the OpenAPI document from what its endpoint is, so that no
 * one has to remember it: the problems its shape can answer (400 when it reads a body or
 * parameters, 401 when it needs a token, 403 when a role rule guards it, 404 when its
 * path names something, 412 when it takes {@code If-Match}, 503 always) next to those its
 * method declares ({@link ProblemResponse}), who may call it (read from its
 * {@code @PreAuthorize}), the {@code Location} of what a 201 created, and a stable
 * {@code operationId}: {@code <controller noun><Method>}, a report's CSV twin sharing its
 * JSON one.
 */
class OperationDocumentation implements OperationCustomizer {

	private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (!handler.getBeanType().getPackageName().startsWith("ilium")) {
			return operation;
		}
		io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils
			.findMergedAnnotation(handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
		if (declared == null || declared.operationId().isBlank()) {
			operation.setOperationId(operationId(handler));
		}
		boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
		List<String> roles = roles(handler);
		operation.setDescription(withCallers(operation.getDescription(), secured, roles));
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		ApiResponse created = responses.get("201");
		if (created != null) {
			created.addHeaderObject(HttpHeaders.LOCATION,
					new Header().description("Where it is read").schema(new StringSchema().format("uri-reference")));
		}
		problems(operation, handler, secured, !roles.isEmpty()).forEach((status, problems) -> responses
			.addApiResponse(String.valueOf(status.value()), ProblemDocumentation.response(status, problems)));
		operation.setResponses(sorted(responses));
		return operation;
	}

	/** What the operation's shape answers, then what its method declares. */
	private static Map<HttpStatus, List<ProblemDocumentation.Problem>> problems(Operation operation,
			HandlerMethod handler, boolean secured, boolean roleRule) {
		Map<HttpStatus, List<ProblemDocumentation.Problem>> problems = new TreeMap<>(
				Comparator.comparingInt(HttpStatus::value));
		List<HttpStatus> shape = new ArrayList<>();
		if (hasInput(operation)) {
			shape.add(HttpStatus.BAD_REQUEST);
		}
		if (secured) {
			shape.add(HttpStatus.UNAUTHORIZED);
		}
		if (roleRule) {
			shape.add(HttpStatus.FORBIDDEN);
		}
		if (has(operation, "path", null)) {
			shape.add(HttpStatus.NOT_FOUND);
		}
		if (has(operation, "header", HttpHeaders.IF_MATCH)) {
			shape.add(HttpStatus.PRECONDITION_FAILED);
		}
		shape.add(HttpStatus.SERVICE_UNAVAILABLE);
		shape.forEach(status -> problems.put(status, new ArrayList<>(ProblemDocumentation.common(status))));
		for (ProblemResponse declared : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
				ProblemResponse.class)) {
			problems.computeIfAbsent(declared.status(), status -> new ArrayList<>())
				.add(new ProblemDocumentation.Problem(declared.type(), declared.when()));
		}
		return problems;
	}

	private static String operationId(HandlerMethod handler) {
		String noun = StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replace("Controller", ""));
		String method = handler.getMethod().getName();
		return noun
				+ StringUtils.capitalize(method.endsWith("Csv") ? method.substring(0, method.length() - 3) : method);
	}

	/** The roles of the method's {@code @PreAuthorize}, else its class's; none: any. */
	static List<String> roles(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		List<String> roles = new ArrayList<>();
		if (rule != null) {
			Matcher role = ROLE.matcher(rule.value());
			while (role.find()) {
				roles.add(role.group(1));
			}
		}
		return roles;
	}

	private static String withCallers(@Nullable String description, boolean secured, List<String> roles) {
		String callers = !secured ? "No token needed."
				: roles.isEmpty() ? "Any signed-in staff member." : "Roles: " + String.join(", ", roles) + ".";
		return description == null || description.isBlank() ? callers : description + "\n\n" + callers;
	}

	private static boolean hasInput(Operation operation) {
		return operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
	}

	private static boolean has(Operation operation, String in, @Nullable String name) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		return parameters.stream()
			.anyMatch(parameter -> in.equals(parameter.getIn())
					&& (name == null || name.equalsIgnoreCase(parameter.getName())));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new LinkedHashMap<>(new TreeMap<>(responses)).forEach(sorted::addApiResponse);
		return sorted;
	}

}

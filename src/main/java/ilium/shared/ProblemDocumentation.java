package ilium.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * How problems appear in the OpenAPI document: every problem response is
 * {@code application/problem+json} with the {@code ProblemDetail} schema and says which
 * {@code type}s it carries and when. The problems every operation of a shape shares are
 * published once under {@code components.responses} and referred to.
 */
final class ProblemDocumentation {

	static final String SCHEMA = "ProblemDetail";

	private static final String FIELD_ERROR = "FieldError";

	/** One problem type an operation can answer, and when. */
	record Problem(String type, String when) {
	}

	private record Common(String name, List<Problem> problems) {
	}

	private static final Map<HttpStatus, Common> COMMON = new EnumMap<>(
			Map.of(HttpStatus.BAD_REQUEST,
					new Common("BadRequest", List.of(new Problem(SharedProblems.VALIDATION,
							"a parameter or field is missing, malformed or out of range; `errors` names each one"),
							new Problem(SharedProblems.MALFORMED_REQUEST, "the body is not JSON or has a key twice"))),
					HttpStatus.UNAUTHORIZED,
					new Common("Unauthorized", List.of(new Problem(SharedProblems.UNAUTHORIZED,
							"the bearer token is missing, invalid or expired, or its account is no longer active"))),
					HttpStatus.FORBIDDEN,
					new Common("Forbidden", List.of(new Problem(SharedProblems.FORBIDDEN,
							"the caller's role may not use this, or the record is another therapist's to change"))),
					HttpStatus.NOT_FOUND,
					new Common("NotFound",
							List.of(new Problem(SharedProblems.NOT_FOUND, "nothing has an id the path gives"))),
					HttpStatus.PRECONDITION_FAILED,
					new Common("PreconditionFailed",
							List.of(new Problem(SharedProblems.STALE_VERSION,
									"`If-Match` is not the current version (ETag) any more; nothing changed"))),
					HttpStatus.SERVICE_UNAVAILABLE,
					new Common("ServiceUnavailable", List.of(new Problem(SharedProblems.SERVICE_UNAVAILABLE,
							"the database cannot be reached or answer in time; try again after `Retry-After` seconds")))));

	private ProblemDocumentation() {
	}

	/** The problems every operation answering {@code status} by its shape shares. */
	static List<Problem> common(HttpStatus status) {
		Common common = COMMON.get(status);
		return common == null ? List.of() : common.problems();
	}

	/** The response for {@code status}: the shared one when nothing is added to it. */
	static ApiResponse response(HttpStatus status, List<Problem> problems) {
		Common common = COMMON.get(status);
		if (common != null && common.problems().equals(problems)) {
			return new ApiResponse().$ref("#/components/responses/" + common.name());
		}
		return inline(status, problems);
	}

	/** The {@code ProblemDetail} schema and the shared problem responses. */
	static void addTo(Components components) {
		components.addSchemas(FIELD_ERROR,
				new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema()));
		components.addSchemas(SCHEMA,
				new ObjectSchema()
					.description("RFC 9457 problem details. `type` is https://ilium.example/problems/<slug>;"
							+ " some problems add members of their own (e.g. `existingPatientId`).")
					.addProperty("type", new StringSchema().format("uri"))
					.addProperty("title", new StringSchema())
					.addProperty("status", new IntegerSchema())
					.addProperty("detail", new StringSchema())
					.addProperty("instance", new StringSchema().format("uri-reference"))
					.addProperty("errors",
							new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
								.description("The fields of a `validation` problem, each with what it must be."))
					.required(List.of("type", "title", "status"))
					.additionalProperties(true));
		COMMON.forEach((status, common) -> components.addResponses(common.name(), inline(status, common.problems())));
	}

	private static ApiResponse inline(HttpStatus status, List<Problem> problems) {
		String description = status.getReasonPhrase() + ":\n"
				+ problems.stream().map(p -> "- `" + p.type() + "`: " + p.when()).collect(Collectors.joining("\n"));
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
		if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.TOO_MANY_REQUESTS) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().description("Seconds to wait before trying again").schema(new IntegerSchema()));
		}
		return response;
	}

}

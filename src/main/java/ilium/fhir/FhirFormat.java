package ilium.fhir;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * FHIR's format negotiation, JSON only: {@code _format} ({@code json},
 * {@code application/json}, {@code application/fhir+json}) wins over {@code Accept}; any
 * other format asked for is 406 as an {@code OperationOutcome}. Answers are always
 * {@code application/fhir+json}.
 */
class FhirFormat implements HandlerInterceptor {

	private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json",
			"application/json+fhir");

	private static final List<MediaType> JSON_TYPES = List.of(Fhir.JSON, MediaType.APPLICATION_JSON,
			MediaType.valueOf("application/json+fhir"));

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String format = request.getParameter("_format");
		if (format != null) {
			if (!JSON_FORMATS.contains(format.strip())) {
				throw unacceptable();
			}
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
			throw unacceptable();
		}
		return true;
	}

	private static boolean acceptsJson(String accept) {
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> JSON_TYPES.stream().anyMatch(type::includes));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static FhirRequestException unacceptable() {
		return FhirRequestException.of(HttpStatus.NOT_ACCEPTABLE, IssueType.NOTSUPPORTED,
				"This server answers FHIR JSON only (application/fhir+json).");
	}

}

package ilium.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import ilium.audit.AccessRefused;
import ilium.audit.AuditOutcome;
import ilium.audit.AuditRecord;
import ilium.audit.AuditTrail;
import ilium.audit.PatientOfResource;
import ilium.shared.CurrentStaff;
import ilium.shared.Problems;
import ilium.shared.RefusalFormat;
import ilium.shared.SharedProblems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes 401 and 403 as problem+json, or in a {@link RefusalFormat} that covers the path
 * (security errors never reach the MVC advice), and records every refused attempt of a
 * signed-in staff member in the audit trail.
 */
@Component
class SecurityRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	private final AuditTrail auditTrail;

	private final Map<String, PatientOfResource> patientOf;

	private final List<RefusalFormat> formats;

	SecurityRefusals(JsonMapper json, AuditTrail auditTrail, List<PatientOfResource> patientOf,
			List<RefusalFormat> formats) {
		this.json = json;
		this.auditTrail = auditTrail;
		this.formats = formats;
		this.patientOf = patientOf.stream()
			.collect(Collectors.toMap(PatientOfResource::resourceType, Function.identity()));
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, SharedProblems.UNAUTHORIZED, "Unauthorized",
				"Sign in: a valid bearer token is required."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		CurrentStaff.get().ifPresent(staff -> auditTrail.record(denial(staff, request, accessDeniedException)));
		String detail = accessDeniedException instanceof AccessRefused refused ? refused.detail()
				: "Your role does not allow this.";
		write(request, response, Problems.of(HttpStatus.FORBIDDEN, SharedProblems.FORBIDDEN, "Forbidden", detail));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		for (RefusalFormat format : formats) {
			if (format.covers(request)) {
				format.write(response, HttpStatus.valueOf(problem.getStatus()), String.valueOf(problem.getDetail()));
				return;
			}
		}
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * What was refused, in the trail's own words: the details a module gave, or else what
	 * the path names ({@code /api/v1/patients/{id}/...} names the patient).
	 */
	private AuditRecord denial(CurrentStaff staff, HttpServletRequest request, AccessDeniedException ex) {
		if (ex instanceof AccessRefused refused) {
			return AuditRecord.by(staff, refused.action(), refused.resourceType(), refused.resourceId(),
					refused.patientId(), AuditOutcome.DENIED);
		}
		RefusedRequest refused = RefusedRequest.of(request);
		return AuditRecord.by(staff, refused.action(), refused.resource(), refused.resourceId(),
				patientOf(refused.topSegment(), refused.topId()), AuditOutcome.DENIED);
	}

	private @Nullable UUID patientOf(String resourceType, @Nullable UUID resourceId) {
		if (resourceId == null) {
			return null;
		}
		if (resourceType.equals("patients")) {
			return resourceId;
		}
		PatientOfResource resolver = patientOf.get(resourceType);
		return resolver == null ? null : resolver.patientOf(resourceId).orElse(null);
	}

}

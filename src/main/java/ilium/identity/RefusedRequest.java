package ilium.identity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UrlPathHelper;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;

/**
 * What a request refused before any module ran would have done, in the audit trail's own
 * words: the resource its path names (the last literal segment that names one), that
 * resource's id in canonical form (or none: a path segment is the caller's text, of any
 * length), the action (a verb at the end of the path, else what the method means), and
 * the first resource and id of the path, from which the patient is found.
 */
record RefusedRequest(AuditAction action, AuditResource resource, @Nullable UUID resourceId, String topSegment,
		@Nullable UUID topId) {

	private static final Map<String, AuditAction> VERBS = Map.ofEntries(Map.entry("activate", AuditAction.ACTIVATE),
			Map.entry("resume", AuditAction.RESUME), Map.entry("complete", AuditAction.COMPLETE),
			Map.entry("discontinue", AuditAction.DISCONTINUE), Map.entry("sign", AuditAction.SIGN),
			Map.entry("addenda", AuditAction.ADD_ADDENDUM), Map.entry("clearance", AuditAction.CLEAR),
			Map.entry("check-in", AuditAction.CHECK_IN), Map.entry("no-show", AuditAction.NO_SHOW),
			Map.entry("cancel", AuditAction.CANCEL), Map.entry("entered-in-error", AuditAction.ENTERED_IN_ERROR));

	/**
	 * The FHIR resource types and the API path segment of the same records, so a refused
	 * FHIR read is recorded as its JSON twin's would be.
	 */
	private static final Map<String, String> FHIR_TYPES = Map.of("Patient", "patients", "Practitioner", "therapists",
			"Appointment", "appointments", "Condition", "treatment-plans", "CarePlan", "treatment-plans", "Goal",
			"treatment-plans", "Observation", "outcomes", "Encounter", "visit-notes", "Procedure", "visit-notes");

	private static final String FHIR_BASE = "/fhir/r4/";

	static RefusedRequest of(HttpServletRequest request) {
		String within = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (within.startsWith(FHIR_BASE)) {
			return ofFhir(request, within.substring(FHIR_BASE.length()).split("/"));
		}
		String[] path = after("/api/v1/", within);
		Object bestPattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String[] pattern = bestPattern == null ? path : after("/api/v1/", bestPattern.toString());
		AuditResource resource = AuditResource.OTHER;
		UUID resourceId = null;
		AuditAction verb = null;
		for (int i = 0; i < pattern.length && i < path.length; i++) {
			if (isVariable(pattern[i])) {
				continue;
			}
			Optional<AuditResource> named = AuditResource.ofPathSegment(pattern[i]);
			if (named.isPresent()) {
				UUID id = i + 1 < path.length && i + 1 < pattern.length && isVariable(pattern[i + 1])
						? uuidOrNull(path[i + 1]) : null;
				// A part of the same record (a note's addenda) keeps the record's id.
				if (named.get() != resource || id != null) {
					resourceId = id;
				}
				resource = named.get();
			}
			verb = VERBS.get(pattern[i]);
		}
		String top = path.length > 0 ? path[0] : "";
		UUID topId = path.length > 1 ? uuidOrNull(path[1]) : null;
		return new RefusedRequest(verb != null ? verb : byMethod(request.getMethod(), resource), resource, resourceId,
				top, topId);
	}

	/**
	 * A FHIR path {@code Type[/id[/$operation]]}: the type names the record, an id's
	 * leading UUID (a goal's or procedure's id starts with its plan's or note's) the
	 * record, and a {@code patient} search parameter the patient.
	 */
	private static RefusedRequest ofFhir(HttpServletRequest request, String[] path) {
		String segment = FHIR_TYPES.getOrDefault(path[0], "");
		AuditResource resource = AuditResource.ofPathSegment(segment).orElse(AuditResource.OTHER);
		UUID id = path.length > 1 ? leadingUuid(path[1]) : null;
		AuditAction action = path.length > 2 && path[2].equals("$everything") ? AuditAction.EXPORT : AuditAction.READ;
		if (id == null && request.getParameter("patient") != null) {
			String patient = request.getParameter("patient");
			return new RefusedRequest(action, resource, null, "patients",
					leadingUuid(patient.substring(patient.lastIndexOf('/') + 1)));
		}
		return new RefusedRequest(action, resource, id, segment, id);
	}

	private static @Nullable UUID leadingUuid(String value) {
		return value.length() < 36 ? null : uuidOrNull(value.substring(0, 36));
	}

	private static AuditAction byMethod(String method, AuditResource resource) {
		return switch (method) {
			case "POST" -> AuditAction.CREATE;
			case "PUT", "PATCH" -> AuditAction.UPDATE;
			case "DELETE" -> resource == AuditResource.PATIENT ? AuditAction.ARCHIVE : AuditAction.STOP;
			default -> AuditAction.READ;
		};
	}

	private static boolean isVariable(String segment) {
		return segment.startsWith("{");
	}

	private static String[] after(String prefix, String path) {
		return path.startsWith(prefix) ? path.substring(prefix.length()).split("/") : path.split("/");
	}

	private static @Nullable UUID uuidOrNull(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

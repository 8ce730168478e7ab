package ilium.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every error on the FHIR path as an {@code OperationOutcome}: one issue, its code from
 * the HTTP status, the client-facing detail as diagnostics (never an exception's text).
 */
final class OperationOutcomes {

	private OperationOutcomes() {
	}

	static OperationOutcome of(HttpStatus status, String detail) {
		return of(codeOf(status), detail);
	}

	static OperationOutcome of(IssueType code, String detail) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(code).setDiagnostics(detail);
		return outcome;
	}

	static ResponseEntity<OperationOutcome> response(HttpStatus status, OperationOutcome outcome) {
		return ResponseEntity.status(status).contentType(Fhir.JSON).body(outcome);
	}

	private static IssueType codeOf(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> IssueType.LOGIN;
			case FORBIDDEN -> IssueType.FORBIDDEN;
			case NOT_FOUND -> IssueType.NOTFOUND;
			case BAD_REQUEST -> IssueType.INVALID;
			case CONFLICT -> IssueType.CONFLICT;
			case NOT_ACCEPTABLE, METHOD_NOT_ALLOWED -> IssueType.NOTSUPPORTED;
			case SERVICE_UNAVAILABLE -> IssueType.TRANSIENT;
			case PAYLOAD_TOO_LARGE -> IssueType.TOOCOSTLY;
			default -> IssueType.EXCEPTION;
		};
	}

}

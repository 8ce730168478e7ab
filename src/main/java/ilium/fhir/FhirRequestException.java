package ilium.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;

/**
 * A FHIR request this server will not answer as asked: an unknown or malformed search
 * parameter (400), an unknown resource type (404), a format other than JSON (406). Its
 * {@code code} is the {@code OperationOutcome.issue.code}; {@code detail} is what the
 * answer says, written here from the server's own words: it never repeats a value the
 * client sent.
 */
final class FhirRequestException extends RuntimeException {

	private final HttpStatus status;

	private final IssueType code;

	private final String detail;

	private FhirRequestException(HttpStatus status, IssueType code, String detail) {
		super(null, null, false, false);
		this.status = status;
		this.code = code;
		this.detail = detail;
	}

	static FhirRequestException of(HttpStatus status, IssueType code, String detail) {
		return new FhirRequestException(status, code, detail);
	}

	/** 400: a search parameter this server does not know, or a value it cannot read. */
	static FhirRequestException badParameter(String name, String why) {
		return of(HttpStatus.BAD_REQUEST, IssueType.INVALID, "Search parameter " + name + ": " + why);
	}

	HttpStatus status() {
		return status;
	}

	IssueType code() {
		return code;
	}

	String detail() {
		return detail;
	}

}

package ilium.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What kind of record an audit line is about, with the word the trail stores
 * ({@code resourceType}) and the API path segments that name it, so a request refused
 * before any module ran is recorded under the same word as the allowed act.
 */
public enum AuditResource {

	PATIENT("patient", "patients"), APPOINTMENT("appointment", "appointments", "series"),
	THERAPIST("therapist", "therapists", "working-hours", "availability", "time-off"),
	STAFF_ACCOUNT("staff-account", "users"), SCREENING("screening", "screenings"),
	EVALUATION("evaluation", "evaluations"),
	TREATMENT_PLAN("treatment-plan", "treatment-plans", "belt-advice", "education"),
	PRESCRIPTION("prescription", "prescriptions"), HOME_PROGRAM("home-program", "home-program"),
	VISIT_NOTE("visit-note", "visit-note", "visit-notes", "addenda"), OUTCOME_MEASURE("outcome-measure", "outcomes"),
	EXERCISE("exercise", "exercises"), PROTOCOL("protocol", "protocols"), REPORT("report", "reports"),
	AUDIT_EVENT("audit-event", "audit-events"),
	/** Home-exercise adherence entries of the episode of care. */
	HEP_ADHERENCE("hep-adherence", "hep-adherence"),
	/** A patient's billing days (read as a whole: no id of their own). */
	BILLING_DAY("billing-day", "billing-days"),

	/** A year's billing configuration or the NCCI pair table. */
	BILLING_CONFIG("billing-config", "billing-config"),
	/** A patient's year of the KX ledger. */
	KX_LEDGER("kx-ledger", "kx-ledger"),
	/** A plan's certification intervals (EPISODE.md R8). */
	CERTIFICATION("certification", "certifications"),
	/** Progress reports of a plan (EPISODE.md R9). */
	PROGRESS_REPORT("progress-report", "progress-reports"),
	/** The discharge summary of a plan (EPISODE.md R11). */
	DISCHARGE_SUMMARY("discharge-summary", "discharge-summary"),
	/** The compliance worklist, read per patient it lists. */
	WORKLIST("compliance-worklist", "compliance"),
	/** Sign-in throttling, by the rule that refused an attempt. */
	SIGN_IN_ADDRESS("sign-in:address"), SIGN_IN_ACCOUNT_AND_ADDRESS("sign-in:account-and-address"),
	SIGN_IN_ACCOUNT_UNDER_ATTACK("sign-in:account-under-attack"),
	/** A refused request whose path names no record. */
	OTHER("api");

	private final String word;

	private final List<String> pathSegments;

	AuditResource(String word, String... pathSegments) {
		this.word = word;
		this.pathSegments = List.of(pathSegments);
	}

	/** The word the trail stores as {@code resourceType}. */
	public String word() {
		return word;
	}

	/** The resource an API path segment (after {@code /api/v1/}) names, if any. */
	public static Optional<AuditResource> ofPathSegment(String segment) {
		return Stream.of(values()).filter(resource -> resource.pathSegments.contains(segment)).findFirst();
	}

}

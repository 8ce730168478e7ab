package ilium.shared;

/**
 * The problem types of no single module: those the request's shape, security and the
 * database answer, and those more than one module answers. Each constant is the slug that
 * ends the problem's {@code type} ({@link Problems#type}); a module's own slugs are in
 * its {@code <Module>Problems}. docs/api.md lists them all.
 */
public final class SharedProblems {

	/**
	 * 400: a parameter or field is missing, malformed or out of range; {@code errors}
	 * names each one.
	 */
	public static final String VALIDATION = "validation";

	/**
	 * 400: the body is not JSON or has a key twice, a header is not printable, the query
	 * string is bad.
	 */
	public static final String MALFORMED_REQUEST = "malformed-request";

	/**
	 * 400: a request refused before any endpoint reads it (a malformed path or header, a
	 * missing parameter).
	 */
	public static final String BAD_REQUEST = "bad-request";

	/**
	 * 401: the bearer token is missing, invalid or expired, or its account is no longer
	 * active.
	 */
	public static final String UNAUTHORIZED = "unauthorized";

	/**
	 * 403: the caller's role may not use this, or the record is another therapist's to
	 * change.
	 */
	public static final String FORBIDDEN = "forbidden";

	/** 403: the request comes from an origin the clinic did not allow (CORS). */
	public static final String CROSS_ORIGIN_REFUSED = "cross-origin-refused";

	/** 404: nothing has an id the path gives, or no endpoint has the path. */
	public static final String NOT_FOUND = "not-found";

	/** 405: the path has no endpoint for the method. */
	public static final String METHOD_NOT_ALLOWED = "method-not-allowed";

	/** 406: the endpoint cannot answer in any type {@code Accept} allows. */
	public static final String NOT_ACCEPTABLE = "not-acceptable";

	/**
	 * 409: the change conflicts with what is already recorded (a unique or exclusion
	 * rule).
	 */
	public static final String CONFLICT = "conflict";

	/** 409: someone else changed the record at the same moment; nothing changed. */
	public static final String CONCURRENT_CHANGE = "concurrent-change";

	/**
	 * 409: the record's status does not allow this change (appointments, treatment
	 * plans).
	 */
	public static final String ILLEGAL_TRANSITION = "illegal-transition";

	/**
	 * 409: the appointment already has a visit note (a second note, or a new therapist
	 * for it).
	 */
	public static final String VISIT_NOTE_EXISTS = "visit-note-exists";

	/** 409: the treatment plan is COMPLETED or DISCONTINUED. */
	public static final String PLAN_CLOSED = "plan-closed";

	/**
	 * 409: the treatment plan is still DRAFT (never activated) where an activated one is
	 * needed.
	 */
	public static final String PLAN_NOT_ACTIVE = "plan-not-active";

	/**
	 * 412: {@code If-Match} is not the current version (ETag) any more; nothing changed.
	 */
	public static final String STALE_VERSION = "stale-version";

	/** 413: the request body is larger than the service accepts. */
	public static final String REQUEST_TOO_LARGE = "request-too-large";

	/** 414: the URL is longer than the server accepts. */
	public static final String URI_TOO_LONG = "uri-too-long";

	/** 415: the body's {@code Content-Type} is not one the endpoint reads. */
	public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";

	/** 422: the request refers to something that does not exist (a foreign key). */
	public static final String UNKNOWN_REFERENCE = "unknown-reference";

	/** 422: the patient is archived. */
	public static final String PATIENT_ARCHIVED = "patient-archived";

	/** 422: the therapist no longer sees patients. */
	public static final String THERAPIST_INACTIVE = "therapist-inactive";

	/** 422: no therapist has the therapist id the request names. */
	public static final String UNKNOWN_THERAPIST = "unknown-therapist";

	/** 422: no treatment plan of the patient has the plan id the request names. */
	public static final String UNKNOWN_TREATMENT_PLAN = "unknown-treatment-plan";

	/**
	 * 422: goal statuses name a goal the plan does not have, or (signing a report) not
	 * exactly its ACTIVE goals ({@code goalIds}).
	 */
	public static final String GOAL_STATUSES_INCOMPLETE = "goal-statuses-incomplete";

	/**
	 * 422: the plan completes only with a signed discharge summary dated on or after its
	 * last treatment day.
	 */
	public static final String DISCHARGE_SUMMARY_REQUIRED = "discharge-summary-required";

	/** 431: the request's headers are larger than the server accepts. */
	public static final String REQUEST_HEADER_FIELDS_TOO_LARGE = "request-header-fields-too-large";

	/**
	 * 500: something failed on the service's side; the cause is logged, never answered.
	 */
	public static final String INTERNAL_ERROR = "internal-error";

	/**
	 * 503: the database cannot be reached or answer in time; try again after
	 * {@code Retry-After}.
	 */
	public static final String SERVICE_UNAVAILABLE = "service-unavailable";

	private SharedProblems() {
	}

}

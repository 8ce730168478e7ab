package ilium.identity;

/**
 * The problem types only {@code identity} answers: staff accounts and sign-in. Its 401
 * and 403 are {@code SharedProblems.UNAUTHORIZED} and {@code FORBIDDEN}, which every
 * endpoint can answer. Each constant is the slug that ends the problem's {@code type};
 * docs/api.md lists them all. Public for the two the staff page places beside a field.
 */
public final class IdentityProblems {

	/** 409: another staff account has the username. */
	public static final String DUPLICATE_USERNAME = "duplicate-username";

	/**
	 * 409: the therapist already has an active THERAPIST account (creating or
	 * reactivating one).
	 */
	public static final String THERAPIST_HAS_ACCOUNT = "therapist-has-account";

	/** 422: the account would be THERAPIST without belonging to a therapist. */
	static final String THERAPIST_ACCOUNT_NEEDS_THERAPIST = "therapist-account-needs-therapist";

	/** 401: the username or the password is wrong at sign-in (both answer the same). */
	static final String INVALID_CREDENTIALS = "invalid-credentials";

	/**
	 * 429: too many failed sign-ins from this address or for this account; wait
	 * {@code Retry-After}.
	 */
	static final String TOO_MANY_LOGINS = "too-many-logins";

	private IdentityProblems() {
	}

}

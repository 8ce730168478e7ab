package ilium.patients;

/**
 * The problem types only {@code patients} answers. Each constant is the slug that ends
 * the problem's {@code type}; docs/api.md lists them all.
 */
final class PatientsProblems {

	/**
	 * 409: an active patient has the same names and date of birth
	 * ({@code existingPatientId}).
	 */
	static final String DUPLICATE_PATIENT = "duplicate-patient";

	private PatientsProblems() {
	}

}

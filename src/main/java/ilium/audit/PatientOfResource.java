package ilium.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells whose record a resource is, so that a refused request on a path that does not
 * name the patient ({@code /api/v1/treatment-plans/{id}},
 * {@code /api/v1/appointments/{id}}) still lands in the audit trail with the right
 * patient (DOMAIN.md: every denied attempt names which patient). Each module serving such
 * paths provides one.
 */
public interface PatientOfResource {

	/**
	 * The first path segment after {@code /api/v1/} this answers for, e.g.
	 * {@code treatment-plans}.
	 */
	String resourceType();

	/** The patient the resource belongs to, if it exists. */
	Optional<UUID> patientOf(UUID resourceId);

}

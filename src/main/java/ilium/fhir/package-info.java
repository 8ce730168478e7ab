/**
 * The clinic's records as FHIR R4, read-only, under {@code /fhir/r4}: HAPI FHIR's
 * structures filled from the other modules' APIs, written by HAPI's parser. Owns no
 * table; every read goes through the owning module's API, so it is authorised and audited
 * as its JSON twin is. docs/fhir.md maps each resource field by field.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "therapists", "scheduling", "treatment",
		"exercises", "outcomes", "visits", "assessment", "episode", "charges", "billing" })
@NullMarked
package ilium.fhir;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

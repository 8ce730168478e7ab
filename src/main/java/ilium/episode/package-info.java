/**
 * The episode of care's records and clocks (EPISODE.md): for now the home-exercise
 * adherence a patient reports per prescription and week (R12), its bands and the pain
 * flags the compliance worklist raises. Therapists only; every read and write is audited
 * with the patient.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "treatment", "visits", "billing", "outcomes" })
@NullMarked
package ilium.episode;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Outcome measures (NPRS, ODI, PSFS, RMDQ): records a patient's answers, scores them as
 * DOMAIN.md says, and answers the series and the change against each instrument's MCID.
 * Therapists only; every read and write is audited.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "treatment" })
@NullMarked
package ilium.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

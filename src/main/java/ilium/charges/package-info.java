/**
 * What each date of service bills (EPISODE.md R1–R4, R7, R10, R13): billing days per
 * patient and date over all the date's signed notes, counted at each read by the payer's
 * unit rule and never stored. Therapists and admins read them; every read is audited with
 * the patient.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "billing", "treatment", "visits", "episode" })
@NullMarked
package ilium.charges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

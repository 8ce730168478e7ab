/**
 * What each date of service bills (EPISODE.md R1–R4, R7, R10, R13): billing days per
 * patient and date over all the date's signed notes, counted at each read by the payer's
 * unit rule and never stored; from them, a patient's year against the KX threshold and
 * the admins' charges report (a report in {@code reporting}'s conventions). Every read is
 * audited with each patient it shows.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "billing", "treatment", "visits", "episode",
		"therapists", "reporting" })
@NullMarked
package ilium.charges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

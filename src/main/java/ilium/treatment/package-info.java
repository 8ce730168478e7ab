/**
 * The clinical record: red-flag screenings with physician clearance, SI joint evaluations
 * with the Laslett cluster, treatment plans (the activation gate, one active plan per
 * patient) with their plan of care and goals, home exercise prescriptions with their dose
 * history, belt advice and education.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "scheduling", "exercises", "billing" })
@NullMarked
package ilium.treatment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

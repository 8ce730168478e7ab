/**
 * Treatment plans (activated through assessment's red-flag gate, one open plan per
 * patient) with their plan of care and goals, home exercise prescriptions with their dose
 * history, belt advice (filled from assessment's latest evaluation and screening) and
 * education.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "audit", "patients", "scheduling", "exercises", "billing", "assessment" })
@NullMarked
package ilium.treatment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

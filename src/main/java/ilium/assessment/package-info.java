/**
 * The assessment before and during treatment: red-flag screenings with their physician
 * clearances, SI joint evaluations with the Laslett cluster, and {@code RedFlagGate}, the
 * answer every module asks before treating (the activation gate included). Its latest
 * evaluation and screening are the facts a plan's belt advice starts from.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "scheduling" })
@NullMarked
package ilium.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

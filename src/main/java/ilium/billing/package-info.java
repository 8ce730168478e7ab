/**
 * Billing for the episode of care (EPISODE.md): which CPT codes a date of service bills
 * and how many units each, by the CMS rule or the CPT rule, and the evaluation code a
 * note's complexity gives. Pure rules so far; it sends no claims.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package ilium.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

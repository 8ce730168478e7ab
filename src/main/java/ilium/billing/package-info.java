/**
 * Billing for the episode of care (EPISODE.md): which CPT codes a date of service bills
 * and how many units each (CMS or CPT rule), the evaluation code, the review flags (R7),
 * the KX ledger (R13), and the billing configuration an ADMIN sets (thresholds, allowed
 * amounts, NCCI pairs, each patient's amount allowed elsewhere). It sends no claims.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients" })
@NullMarked
package ilium.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

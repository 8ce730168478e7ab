/**
 * Staff accounts, sign-in and bearer tokens: the security filter chain, sign-in
 * throttling, and the 401/403 problem answers. Records every sign-in and account change
 * in the audit trail.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "therapists" })
@NullMarked
package ilium.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

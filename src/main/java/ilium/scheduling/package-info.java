/**
 * The appointment book: booking, series, rescheduling, check-in, completion, cancellation
 * and no-shows, availability, and the PostgreSQL guarantee that nobody is double-booked.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "patients", "therapists" })
@NullMarked
package ilium.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

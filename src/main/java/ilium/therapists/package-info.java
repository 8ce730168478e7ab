/**
 * The clinic's therapists: profiles with a unique license number, weekly working hours in
 * the clinic's time zone, and time off.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package ilium.therapists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

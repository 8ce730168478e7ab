/**
 * Patients and their demographics: registration, search, merge-patch edits and archiving.
 * Demographics are not clinical data; every read and change is audited all the same.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
@NullMarked
package ilium.patients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * What every module shares and nothing clinical: problem details, the clinic's clock and
 * time zone, paging and request hygiene. Knows no patient.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package ilium.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

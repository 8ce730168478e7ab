/**
 * The append-only audit trail: who (user, role) did what (action, resource) to which
 * patient, when, and whether it was allowed; admins search it through
 * {@code /api/v1/audit-events}. PostgreSQL itself refuses UPDATE, DELETE and TRUNCATE on
 * its table.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package ilium.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

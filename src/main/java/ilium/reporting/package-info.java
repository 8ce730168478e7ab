/**
 * The clinic's reports for admins: visits and no-shows, whether patients get better by
 * therapist and by protocol, and therapists' utilisation. Reads only the SQL views of
 * {@code R__reporting_views.sql}, never another module's tables; reports hold counts and
 * means, no individual patient, so reading them is not an audited patient access. Its
 * conventions ({@link ilium.reporting.ReportPeriod}, {@link ilium.reporting.ReportDate},
 * {@link ilium.reporting.CsvReport}) also serve reports other modules answer.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package ilium.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package ilium.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report's {@code from} or {@code to}: an ISO date, published as required, which it is.
 * The controller reads it as optional only so that a missing one is a 400 naming it, like
 * any other invalid field ({@link ReportPeriod}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
@Parameter(required = true, description = "A clinic-local date; the period includes both ends, at most 366 days")
public @interface ReportDate {

}

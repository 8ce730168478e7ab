package ilium.billing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * An amount of money in a request (EPISODE.md, Conventions): a JSON number of at least 0
 * with at most 2 decimals as written (a third decimal is refused even when it is 0; an
 * exponent is read exactly), up to what {@code numeric(12,2)} holds; else 400 naming the
 * field.
 */
@Documented
@Constraint(validatedBy = {})
@NotNull
@DecimalMin("0")
@Digits(integer = 10, fraction = 2)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface Money {

	String message() default "must be an amount of 0 or more with at most 2 decimals";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
